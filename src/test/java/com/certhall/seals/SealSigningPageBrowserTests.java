package com.certhall.seals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.KnownPortIntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The sealing page for a seal user of a coal-trade organisation (docs/seals.md "Signing PDFs", "Who signs with a
 * seal"): he chooses the seal he was granted, a page number out of range is said next to the page, the scan-to-sign
 * QR stands beside the page preview on a desktop and comes into view below it on a phone, his own phone approves with
 * the certificate's signing PIN, and the verification page shows the seal. Desktop and phone, Chinese and English.
 */
@SuppressWarnings("rawtypes")
@ExtendWith(Chromium.class)
@KnownPortIntegrationTest
class SealSigningPageBrowserTests {

    @Autowired
    SealHolders holders;
    @Autowired
    TestRestTemplate http;

    @Test
    void aSealUserSeesThePageErrorAndTheQrBesideThePreviewAndSignsByScanToSign(Browser browser) throws Exception {
        SealHolders.Holder admin = holders.register();
        SealHolders.Issued issued = holders.issue(admin, "大同煤炭运销有限公司", null, "EC_P256");
        holders.activate(admin, issued.seal().certificateSerial());
        SealHolders.Staff user = holders.staff("武用章");
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(admin.token());
        ResponseEntity<Map> granted = http.exchange("/api/v1/seals/" + issued.seal().id() + "/users",
                HttpMethod.POST, new HttpEntity<>(Map.of("name", user.name(), "idNumber", user.idNumber(),
                        "mobile", user.holder().mobile()), headers), Map.class);
        assertThat(granted.getStatusCode().value()).as(String.valueOf(granted.getBody())).isEqualTo(201);
        UUID account = user.holder().account();

        for (String device : new String[] {"zh-desktop", "en-desktop", "zh-phone", "en-phone"}) {
            boolean phone = device.endsWith("phone");
            boolean en = device.startsWith("en");
            BrowserContext context = phone ? browser.applicantPhone(account) : browser.applicant(account);
            Page page = context.newPage();
            page.navigate(browser.url("/seals/sign?lang=" + (en ? "en" : "zh")));
            page.setInputFiles("#file", new FilePayload("运销合同.pdf", "application/pdf",
                    SigningJobsApiTests.pdf(2)));
            page.click("#upload");
            // the seal he was granted, not a drawn one: he holds no certificate himself
            assertThat(page.locator("input[name=seal]")).hasCount(1);
            assertThat(page.locator("input[name=seal]")).hasValue(issued.seal().id().toString());

            // a page the document does not have (a stale or edited form) is said next to the page choice
            page.locator("#page option").first().evaluate("o => o.value = '7'");
            page.fill("#pin", SealHolders.PIN);
            page.click("#sign");
            assertThat(page.locator("#page-error")).hasText(en ? "The Page is not within the document (it has 2 "
                    + "pages)" : "页码不在文件的页码范围内（共 2 页）");
            assertThat(page.locator("#page-error")).isVisible();
            page.locator("#page-image").evaluate("img => img.decode()");
            page.locator(".seal-choice img").evaluate("img => img.decode()");
            Browser.screenshot(page, "seals-sign-page-error-" + device);

            page.click("#scan");
            assertThat(page.locator("#scan-qr")).isVisible();
            page.locator("#scan-qr").evaluate("img => img.decode()");
            page.locator("#page-image").evaluate("img => img.decode()");
            BoundingBox stage = page.locator("#stage").boundingBox();
            BoundingBox qr = page.locator("#scan-panel").boundingBox();
            int viewport = page.viewportSize().height;
            if (phone) {
                // one column: below the preview, and scrolled into view
                assertThat(qr.y).isGreaterThanOrEqualTo(stage.y + stage.height);
            } else {
                assertThat(qr.x).isGreaterThanOrEqualTo(stage.x + stage.width);
                assertThat(qr.y).isLessThan(stage.y + stage.height);
            }
            assertThat(qr.y).isBetween(-1.0, viewport - 100.0);
            Browser.screenshot(page, "seals-sign-scan-" + device);
            String src = page.locator("#scan-qr").getAttribute("src");
            String handle = src.replaceAll(".*/sign/([^/]+)/qr\\.png.*", "$1");

            BrowserContext own = browser.applicantPhone(account);
            Page approval = own.newPage();
            approval.navigate(browser.url("/sign/" + handle + "?lang=" + (en ? "en" : "zh")));
            assertThat(approval.locator(".description")).hasText("PDF: 运销合同.pdf");
            approval.fill("#pin", SealHolders.PIN);
            approval.click("#sign");
            assertThat(approval.locator("#result")).isVisible();
            own.close();

            assertThat(page.locator("#download")).isVisible(new LocatorAssertions.IsVisibleOptions()
                    .setTimeout(20_000));
            Download download = page.waitForDownload(() -> page.click("#download"));
            byte[] signed = Files.readAllBytes(download.path());
            try (PDDocument pdf = Loader.loadPDF(signed)) {
                assertThat(pdf.getSignatureDictionaries()).hasSize(1);
                assertThat(pdf.getSignatureDictionaries().get(0).getName()).isEqualTo(issued.seal().name());
            }
            page.navigate(browser.url("/seals/verify"));
            page.setInputFiles("#file", new FilePayload("signed.pdf", "application/pdf", signed));
            page.click("#verify");
            assertThat(page.locator(".verdict")).hasText(en ? "Valid" : "签章有效");
            assertThat(page.locator(".seal-image")).isVisible();
            Browser.screenshot(page, "seals-verify-seal-user-" + device);
            context.close();
        }
    }
}
