package com.certhall.signing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.KnownPortIntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 电子签章 and 验章 in the browser (docs/seals.md "Signing PDFs", "Verifying"): a non-PDF is refused by name, the
 * holder drags the seal on a page (desktop in Chinese, phone in English), a wrong PIN keeps the upload and says the
 * tries left, the right PIN gives the sealed PDF with the seal where it was dropped, and the verification page shows
 * it valid with its seal.
 */
@ExtendWith(Chromium.class)
@KnownPortIntegrationTest
class SealSigningBrowserTests {

    @Autowired
    CloudHolders holders;

    @Test
    void theHolderDragsTheSealSignsWithThePinAndTheVerificationPageShowsItValid(Browser browser) throws Exception {
        CloudHolders.Holder holder = holders.register();
        CloudHolders.Credential credential = holders.issue(holder, "EC_P256");

        for (String lang : List.of("zh", "en")) {
            boolean phone = lang.equals("en");
            BrowserContext context = phone ? browser.applicantPhone(holder.account())
                    : browser.applicant(holder.account());
            Page page = context.newPage();
            String device = lang + (phone ? "-phone" : "-desktop");
            page.navigate(browser.url("/seals/sign?lang=" + lang));
            page.setInputFiles("#file", new FilePayload("notes.pdf", "application/pdf",
                    "just text".getBytes(StandardCharsets.UTF_8)));
            page.click("#upload");
            assertThat(page.locator("#file-error")).containsText(phone ? "not a readable PDF" : "不是可读取的 PDF");
            Browser.screenshot(page, "seals-sign-upload-refused-" + device);

            page.setInputFiles("#file", new FilePayload("合同.pdf", "application/pdf",
                    CscSignDocTests.samplePdf()));
            page.click("#upload");
            assertThat(page.locator("#file-name")).hasText("合同.pdf");
            assertThat(page.locator("input[name=seal]")).hasCount(1);
            page.selectOption("#page", "1");
            page.locator("#page-image").evaluate("img => img.decode()");
            // the mouse acts within the viewport: the page preview's top at the top of the screen
            page.locator("#stage").evaluate("e => e.scrollIntoView({block: 'start'})");

            BoundingBox stage = page.locator("#stage").boundingBox();
            BoundingBox seal = page.locator("#seal-drag").boundingBox();
            page.mouse().move(seal.x + seal.width / 2, seal.y + seal.height / 2);
            page.mouse().down();
            page.mouse().move(stage.x + stage.width * 0.2, stage.y + stage.height * 0.3, new com.microsoft.playwright
                    .Mouse.MoveOptions().setSteps(8));
            page.mouse().up();
            double left = Double.parseDouble(page.inputValue("#left"));
            double top = Double.parseDouble(page.inputValue("#top"));
            assertThat(left).isBetween(0.0, 0.2);
            assertThat(top).isBetween(0.1, 0.3);
            Browser.screenshot(page, "seals-sign-placed-" + device);

            page.fill("#pin", credential.pin().equals("000000") ? "111111" : "000000");
            page.click("#sign");
            assertThat(page.locator("#pin-error")).containsText(phone ? "4 attempts left" : "还可尝试 4 次");
            // nothing lost: the same document is still there to sign
            assertThat(page.locator("#file-name")).hasText("合同.pdf");
            assertThat(page.locator("#page")).hasValue("1");
            assertThat(Double.parseDouble(page.inputValue("#left"))).isCloseTo(left, org.assertj.core.data.Offset
                    .offset(0.001));
            page.fill("#pin", credential.pin());
            page.click("#sign");
            assertThat(page.locator("#download")).isVisible();
            Browser.screenshot(page, "seals-sign-done-" + device);

            Download download = page.waitForDownload(() -> page.click("#download"));
            byte[] signed = Files.readAllBytes(download.path());
            try (PDDocument pdf = Loader.loadPDF(signed)) {
                PDSignatureField field = pdf.getSignatureFields().get(0);
                PDRectangle rect = field.getWidgets().get(0).getRectangle();
                PDRectangle box = pdf.getPage(1).getCropBox();
                assertThat(pdf.getPages().indexOf(field.getWidgets().get(0).getPage())).isEqualTo(1);
                assertThat((double) (rect.getLowerLeftX() / box.getWidth())).isCloseTo(left, org.assertj.core.data.Offset
                        .offset(0.01));
                assertThat((double) ((box.getHeight() - rect.getUpperRightY()) / box.getHeight())).isCloseTo(top,
                        org.assertj.core.data.Offset.offset(0.01));
            }

            page.navigate(browser.url("/seals/verify"));
            page.setInputFiles("#file", new FilePayload("signed.pdf", "application/pdf", signed));
            page.click("#verify");
            assertThat(page.locator(".verdict")).hasText(phone ? "Valid" : "签章有效");
            assertThat(page.locator(".integrity")).containsText(phone ? "No page changed" : "未改动页面");
            assertThat(page.locator(".status-now")).hasText(phone ? "Valid" : "有效");
            assertThat(page.locator(".time")).containsText(phone ? "trusted time-stamp" : "可信时间戳");
            assertThat(page.locator(".seal-image")).isVisible();
            Browser.screenshot(page, "seals-verify-" + device);
            context.close();
        }
    }

    @Test
    void scanToSealShowsTheQrThePhoneApprovesWithThePinAndTheDesktopPageSealsOnItsOwn(Browser browser)
            throws Exception {
        CloudHolders.Holder holder = holders.register();
        CloudHolders.Credential credential = holders.issue(holder, "SM2");
        BrowserContext desktop = browser.applicant(holder.account());
        Page page = desktop.newPage();
        page.navigate(browser.url("/seals/sign?lang=zh"));
        page.setInputFiles("#file", new FilePayload("采购合同.pdf", "application/pdf", CscSignDocTests.samplePdf()));
        page.click("#upload");
        page.click("#scan");
        String qr = page.locator("#scan-qr").getAttribute("src");
        String handle = qr.replaceAll(".*/sign/([^/]+)/qr\\.png.*", "$1");
        Browser.screenshot(page, "seals-sign-scan-zh-desktop");

        BrowserContext phone = browser.applicantPhone(holder.account());
        Page approval = phone.newPage();
        approval.navigate(browser.url("/sign/" + handle + "?lang=zh"));
        assertThat(approval.locator(".description")).hasText("PDF: 采购合同.pdf");
        approval.fill("#pin", credential.pin());
        approval.click("#sign");
        assertThat(approval.locator("#result")).containsText("已授权签名");

        // the desktop page polls, seals and shows the download without a click
        assertThat(page.locator("#download")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                .IsVisibleOptions().setTimeout(20_000));
        Download download = page.waitForDownload(() -> page.click("#download"));
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            assertThat(pdf.getSignatureDictionaries()).hasSize(1);
            assertThat(pdf.getSignatureDictionaries().get(0).getSubFilter()).isEqualTo("ETSI.CAdES.detached");
        }
        desktop.close();
        phone.close();
    }
}
