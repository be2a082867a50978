package com.certhall.recognition.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.CaptchaService;
import com.certhall.recognition.ScanRecognition;
import com.certhall.recognition.ScanSamples;
import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.TestEnvironment;
import com.certhall.support.WebIntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's subject step in Chromium: a photo of the ID card's front is read, the page asks "识别结果：…，是否填入？",
 * and only after "填入" are name and ID number in the form (docs/recognition.md).
 */
@ExtendWith(Chromium.class)
@WebIntegrationTest
class ScanFillBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    CaptchaService captchas;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    ScanRecognition recognition;

    @Test
    void theIdCardPhotoFillsTheFormOnlyAfterTheApplicantConfirms(Browser browser) throws Exception {
        TestEnvironment.requireTool(recognition.enabled(),
                "tesseract with its chi_sim model (apt-get install tesseract-ocr tesseract-ocr-chi-sim)");
        LocalDate birth = LocalDate.of(1991, 6, 14);
        String number = ScanSamples.idNumber("420111", birth, 77);
        Path photo = Files.createTempDirectory("scan").resolve("id-front.jpg");
        Files.write(photo, ScanSamples.idFront(new ScanSamples.Person("何静", "女", "汉", birth, "湖北省武汉市洪山区珞喻路",
                "88号2幢301室", number), ScanSamples.Shot.mild(21)));
        String login = "ocr" + Long.toString(System.nanoTime(), 36);
        new AccountsClient(http, captchas, recorder).registerPerson(login);

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/apply/health-esign");
            page.click("a.start");
            page.fill("#login", login);
            page.fill("#password", AccountsClient.PASSWORD);
            page.fill("#captchaAnswer", captchas.answerFor(UUID.fromString(
                    page.inputValue("input[name=captchaId]"))).orElseThrow());
            page.click("#password-login button[type=submit]");
            page.check("input[name=subjectType][value=PERSON]");
            page.check("#agreementAccepted");
            page.click("#start-form button[type=submit]");
            // this project asks for the applicant's details first (identity check before the product)
            assertThat(page).hasURL(Pattern.compile(".*/subject$"));

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
}
