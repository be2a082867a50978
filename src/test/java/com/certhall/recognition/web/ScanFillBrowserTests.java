package com.certhall.recognition.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderCommands;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.Orders;
import com.certhall.orders.SubjectForm;
import com.certhall.orders.SubjectType;
import com.certhall.recognition.ScanRecognition;
import com.certhall.recognition.ScanSamples;
import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.TestEnvironment;
import com.certhall.support.WebIntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fill-in from a scan in Chromium (docs/recognition.md, "Fill-in"): on a person's subject step a photo of the ID
 * card's front is read, the page asks "识别结果：…，是否填入？", and only after "填入" are name and ID number in the form;
 * on the materials step the uploaded ID card front is offered the same way, and fills the saved subject only when the
 * applicant confirms.
 */
@ExtendWith(Chromium.class)
@WebIntegrationTest
class ScanFillBrowserTests {

    @Autowired
    AccountsClient accounts;
    @Autowired
    ScanRecognition recognition;
    @Autowired
    OrderManagement orders;

    @Test
    void theIdCardPhotoFillsTheFormOnlyAfterTheApplicantConfirms(Browser browser) throws Exception {
        LocalDate birth = LocalDate.of(1991, 6, 14);
        String number = ScanSamples.idNumber("420111", birth, 77);
        Path photo = idFront(new ScanSamples.Person("何静", "女", "汉", birth, "湖北省武汉市洪山区珞喻路", "88号2幢301室",
                number), 21);
        String login = "ocr" + Long.toString(System.nanoTime(), 36);
        accounts.registerPerson(login);

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(browser.url("/apply/health-esign"));
            page.click("a.start");
            accounts.signIn(page, "#password-login", login, AccountsClient.PASSWORD);
            page.check("input[name=subjectType][value=PERSON]");
            page.check("#agreementAccepted");
            page.click("#start-form button[type=submit]");
            // this project asks for the applicant's details first (identity check before the product)
            assertThat(page).hasURL(Pattern.compile(".*/subject$"));
            // the panel's script listens from DOMContentLoaded on: a file chosen before that is never read
            page.waitForLoadState();

            String before = page.inputValue("#person\\.name");
            page.setInputFiles("#scan-file", photo);
            assertThat(page.locator("[data-scan-text]")).containsText("识别结果", new com.microsoft.playwright
                    .assertions.LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
            assertThat(page.locator("[data-scan-text]")).containsText("何静");
            assertThat(page.locator("[data-scan-text]")).containsText(number);
            assertThat(page.locator("#person\\.name")).hasValue(before);
            Browser.screenshot(page, "recognition-01-offer");
            page.click("#scan-apply");
            assertThat(page.locator("#person\\.name")).hasValue("何静");
            assertThat(page.locator("#person\\.idNumber")).hasValue(number);
            Browser.screenshot(page, "recognition-02-filled");

            page.setViewportSize(390, 844);
            page.navigate(page.url() + "?lang=en");
            page.setInputFiles("#scan-file", photo);
            assertThat(page.locator("[data-scan-text]")).containsText("Read from the photo", new com.microsoft
                    .playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
            Browser.screenshot(page, "recognition-03-offer-phone-en");
        }
    }

    @Test
    void anUploadedIdCardFrontIsOfferedForTheSubjectAndFillsItOnlyWhenConfirmed(Browser browser) throws Exception {
        LocalDate birth = LocalDate.of(1988, 3, 9);
        String number = ScanSamples.idNumber("330106", birth, 415);
        Path photo = idFront(new ScanSamples.Person("何静", "女", "汉", birth, "浙江省杭州市西湖区文三路", "90号1幢502室",
                number), 33);
        UUID account = UUID.randomUUID();
        String typedId = Identities.residentId();
        OrderId declined = personOrder(account, typedId);
        OrderId confirmed = personOrder(account, Identities.residentId());
        String base = browser.url("/orders/");

        try (BrowserContext context = browser.applicant(account)) {
            Page page = context.newPage();
            page.navigate(base + declined + "/materials");
            uploadIdFront(page, photo);
            assertThat(page.locator("#scan-offer [data-scan-text]")).containsText("何静");
            assertThat(page.locator("#scan-offer [data-scan-text]")).containsText(number);
            assertThat(page.locator("#scan-name")).hasValue("何静");
            Browser.screenshot(page, "recognition-04-material-offer");
            page.click("#scan-dismiss");
            assertThat(page.locator("#scan-offer")).hasCount(0);
            page.navigate(base + declined + "/subject");
            assertThat(page.locator("#person\\.name")).hasValue("赵个人");
            assertThat(page.locator("#person\\.idNumber")).hasValue(typedId);

            page.navigate(base + confirmed + "/materials");
            uploadIdFront(page, photo);
            page.click("#scan-apply");
            assertThat(page.locator("#scan-filled")).isVisible();
            assertThat(page.locator("#scan-offer")).hasCount(0);
            page.navigate(base + confirmed + "/subject");
            assertThat(page.locator("#person\\.name")).hasValue("何静");
            assertThat(page.locator("#person\\.idNumber")).hasValue(number);
            assertThat(page.locator("#person\\.mobile")).not().hasValue("");

            // in English, then on a phone: reloading the offer gives the stored reading back (no second OCR)
            page.navigate(base + declined + "/materials?lang=en");
            uploadIdFront(page, photo);
            assertThat(page.locator("#scan-offer [data-scan-text]")).containsText("Read from the photo");
            assertThat(page.locator("#scan-apply")).hasText("Fill in");
            String english = page.url().replaceAll("#.*", "");
            Browser.screenshot(page, "recognition-05-material-offer-en");
            page.setViewportSize(390, 844);
            page.navigate(english);
            Browser.screenshot(page, "recognition-06-material-offer-phone-en");
            page.navigate(english + "&lang=zh");
            assertThat(page.locator("#scan-offer [data-scan-text]")).containsText("识别结果");
            Browser.screenshot(page, "recognition-07-material-offer-phone");
            // the card's number is the confirmed order's now: a second active order for it is refused, and said so
            page.click("#scan-apply");
            assertThat(page.locator(".alert.err")).isVisible();
            Browser.screenshot(page, "recognition-08-material-fill-refused-phone");
            page.navigate(base + declined + "/subject");
            assertThat(page.locator("#person\\.name")).hasValue("赵个人");
        }
    }

    /** A person's order in the hospital project (it asks for the ID card's front), the subject typed already. */
    private OrderId personOrder(UUID account, String idNumber) {
        OrderId id = Orders.anOrder().forAccount(account).forChannel("health-esign").ofSubject(SubjectType.PERSON)
                .through(orders).started().id();
        orders.saveSubject(new OrderCommands.SaveSubject(id, account, new SubjectForm(null, null, null,
                new SubjectForm.PartyForm("赵个人", "RESIDENT_ID", idNumber, AccountsTestSupport.newMobile(),
                        "zhao@example.com", "北京市海淀区中关村大街 1 号", null))));
        return id;
    }

    private static void uploadIdFront(Page page, Path photo) {
        Locator material = page.locator(".material[data-kind=ID_FRONT]");
        material.locator("input[type=file]").setInputFiles(photo);
        material.locator("form.upload button").click();
        assertThat(page.locator("#scan-offer")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                .IsVisibleOptions().setTimeout(90_000));
    }

    /** A phone photo of the person's ID card front (a mild shot from {@code seed}); skips without OCR. */
    private Path idFront(ScanSamples.Person person, long seed) throws Exception {
        TestEnvironment.requireTool(recognition.enabled(),
                "tesseract with its chi_sim model (apt-get install tesseract-ocr tesseract-ocr-chi-sim)");
        Path photo = Files.createTempDirectory("scan").resolve("id-front.jpg");
        return Files.write(photo, ScanSamples.idFront(person, ScanSamples.Shot.mild(seed)));
    }
}
