package com.certhall.orders.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentSamples;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrdersTestSupport;
import com.certhall.orders.SubjectForm;
import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.Eventually;
import com.certhall.support.WebIntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * An applicant takes an organisation order from the project page to "submitted" in Chromium: login with the
 * channel page's "next", agreement, product with live price, organisation with a wrong USCC first (errors next to
 * the field, typed values kept), invoice, delivery, materials with thumbnails, the PDF form checked by text
 * extraction, confirmation, signature with the SMS code from the sandbox inbox, and the order under "my orders".
 */
@ExtendWith(Chromium.class)
@WebIntegrationTest
class OrderWizardBrowserTests {

    static final Pattern CODE = Pattern.compile("[：:]\\s*(\\d{6})");
    Browser browser;

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccountsClient accounts;
    @Autowired
    OrdersTestSupport.AuthorizationRecorder authorizations;
    @Autowired
    OrderManagement steps;
    @Autowired
    com.certhall.orders.domain.AuthorizationLinks authorization;
    @Autowired
    com.certhall.orders.OrderManagement orders;

    @Test
    void organisationOrderFromProjectPageToSubmitted() throws Exception {
        String login = "wiz" + Long.toString(System.nanoTime(), 36);
        accounts.registerPerson(login);
        String uscc = Identities.uscc();
        String legalRepMobile = AccountsTestSupport.newMobile();
        String repId = Identities.residentId();
        knownToTheSandbox("周法人", repId, legalRepMobile);
        Path dir = Files.createTempDirectory("wizard");
        Path scan = dir.resolve("scan.jpg");
        Files.write(scan, DocumentSamples.image(DocumentFormat.JPEG, 640, 480));

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            startFromProjectPage(page, "zy-interop", login);

            page.click("#start-form button[type=submit]");
            assertThat(page.locator(".field.invalid #agreementAccepted")).isVisible();
            page.check("input[name=subjectType][value=ORGANIZATION]");
            page.check("#agreementAccepted");
            Browser.screenshot(page, "orders-01-agreement");
            page.click("#start-form button[type=submit]");
            assertThat(page).hasURL(Pattern.compile(".*/orders/[0-9a-f-]+/product$"));

            Locator org = page.locator("[data-product=org]");
            org.locator("input[type=checkbox]").check();
            org.locator("select[name$='.years']").selectOption("2");
            assertThat(page.locator("#price .total")).hasText("¥680.00");
            Browser.screenshot(page, "orders-02-product");
            page.click("#next");

            assertThat(page).hasURL(Pattern.compile(".*/subject$"));
            assertThat(page.locator("[data-handler-identity]")).isHidden();
            page.fill("#organization\\.name", "浏览器测试有限公司");
            String wrong = uscc.substring(0, 17) + (uscc.endsWith("1") ? "2" : "1");
            page.fill("#organization\\.uscc", wrong);
            page.fill("#organization\\.address", "北京市朝阳区建国路 88 号");
            page.fill("#organization\\.legalRep\\.name", "周法人");
            page.fill("#organization\\.legalRep\\.idNumber", repId);
            page.fill("#organization\\.legalRep\\.mobile", legalRepMobile);
            page.fill("#handler\\.email", "zhou@example.com");
            page.click("#next");
            assertThat(page.locator(".field.invalid #organization\\.uscc")).isVisible();
            assertThat(page.locator("#organization\\.name")).hasValue("浏览器测试有限公司");
            Browser.screenshot(page, "orders-03-subject-error");
            page.fill("#organization\\.uscc", " " + uscc.substring(0, 9) + " " + uscc.substring(9) + " ");
            page.click("#next");

            assertThat(page).hasURL(Pattern.compile(".*/invoice$"));
            page.fill("#bankName", "中国建设银行北京分行");
            page.fill("#bankAccount", "1100 1000 2000 3000 4000");
            page.fill("#phone", "010-8888 6666");
            Browser.screenshot(page, "orders-04-invoice");
            page.click("#next");

            assertThat(page).hasURL(Pattern.compile(".*/delivery$"));
            page.check("input[name=method][value=MAIL]");
            page.fill("#address", "北京市朝阳区建国路 88 号 8 层");
            page.click("#next");

            assertThat(page).hasURL(Pattern.compile(".*/materials$"));
            Download download = page.waitForDownload(() -> page.click("#download-form"));
            Path pdf = dir.resolve("form.pdf");
            download.saveAs(pdf);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("浏览器测试有限公司").contains(uscc).contains("周法人");
            }
            for (String kind : List.of("APPLICATION_FORM", "BUSINESS_LICENSE", "ID_FRONT", "ID_BACK", "SIGNATURE_PAGE")) {
                Locator material = page.locator(".material[data-kind=" + kind + "]");
                // the picker speaks the page's language, not the browser's ("Choose File")
                assertThat(material.locator(".file-choose")).hasText("选择文件");
                assertThat(material.locator(".file-name")).hasText("未选择文件");
                material.locator("input[type=file]").setInputFiles(scan);
                assertThat(material.locator(".file-name")).hasText(scan.getFileName().toString());
                material.locator("form.upload button").click();
                assertThat(page.locator(".material[data-kind=" + kind + "] img.thumb")).isVisible();
            }
            page.waitForFunction("() => [...document.querySelectorAll('img.thumb')]"
                    + ".every(i => i.complete && i.naturalWidth > 0)");
            Browser.screenshot(page, "orders-05-materials");
            page.click("#next");

            // this project checks the handler after the materials (telecom 3-factor and an SMS code)
            assertThat(page).hasURL(Pattern.compile(".*/verify$"));
            assertThat(page.locator("#unsettled")).containsText("经办人");
            // the wizard's progress stays in sight on the verification module's page
            assertThat(page.locator(".wizard-steps li.current")).hasAttribute("data-step", "verify");
            assertThat(page.locator(".wizard-steps li.done[data-step=materials]")).isVisible();
            passTelecomCheck(page, "HANDLER", legalRepMobile);
            Browser.screenshot(page, "orders-05b-verified");
            page.click("#continue");

            assertThat(page).hasURL(Pattern.compile(".*/confirm$"));
            assertThat(page.locator("#missing")).hasCount(0);
            Browser.screenshot(page, "orders-06-confirm");
            page.click("#next");

            assertThat(page).hasURL(Pattern.compile(".*/sign$"));
            String code = newCode(legalRepMobile, "signature code", () -> page.click("#send-code"));
            assertThat(page.locator("#code-sent")).isVisible();
            page.fill("#smsCode", code);
            page.check("#agreementAccepted");
            Browser.screenshot(page, "orders-07-sign");
            page.click("#submit");

            assertThat(page).hasURL(Pattern.compile(".*/submitted$"));
            String number = page.locator("dd.order-number").textContent().trim();
            assertThat(page.locator(".badge.status")).hasText("待审核");
            Browser.screenshot(page, "orders-08-submitted");

            page.navigate(browser.url("/orders"));
            assertThat(page.locator("tr[data-order=" + number + "] .status")).hasText("待审核");
            Browser.screenshot(page, "orders-09-my-orders");
            page.click("tr[data-order=" + number + "] a");
            assertThat(page.locator("ol.history li")).hasCount(3);
            Browser.screenshot(page, "orders-10-detail");
        }
    }

    @Test
    void personalOrderInTheHospitalProjectToSubmitted() throws Exception {
        String login = "doc" + Long.toString(System.nanoTime(), 36);
        accounts.registerPerson(login);
        String mobile = AccountsTestSupport.newMobile();
        String id = Identities.residentId();
        knownToTheSandbox("孙医生", id, mobile);
        Path photo = Files.createTempDirectory("person").resolve("id.png");
        Files.write(photo, DocumentSamples.image(DocumentFormat.PNG, 480, 300));
        try (BrowserContext context = browser.newPhoneContext()) {
            Page page = context.newPage();
            startFromProjectPage(page, "health-esign", login);
            assertThat(page.locator("input[name=subjectType][value=PERSON]")).isChecked();
            page.check("#agreementAccepted");
            page.click("#start-form button[type=submit]");
            // this project checks identities before the product choice: the applicant's details come first
            assertThat(page).hasURL(Pattern.compile(".*/subject$"));
            page.fill("#person\\.name", "孙医生");
            page.fill("#person\\.idNumber", id);
            page.fill("#person\\.mobile", mobile);
            page.fill("#person\\.email", "sun@example.com");
            page.click("#next");
            assertThat(page).hasURL(Pattern.compile(".*/verify$"));
            passTelecomCheck(page, "PERSON", mobile);
            page.click("#continue");
            assertThat(page).hasURL(Pattern.compile(".*/product$"));
            assertThat(page.locator("#price .total")).hasText("¥120.00");
            Browser.screenshot(page, "applications-person-product-phone");
            page.click("#next");
            assertThat(page).hasURL(Pattern.compile(".*/invoice$"));
            page.check("input[name=wanted][value=false]");
            assertThat(page.locator("[data-invoice-details]")).isHidden();
            page.click("#next");
            assertThat(page.locator("input[name=method][value=NONE]")).isChecked();
            page.click("#next");
            for (String kind : List.of("ID_FRONT", "ID_BACK")) {
                Locator material = page.locator(".material[data-kind=" + kind + "]");
                material.locator("input[type=file]").setInputFiles(photo);
                material.locator("form.upload button").click();
                assertThat(page.locator(".material[data-kind=" + kind + "] img.thumb")).isVisible();
            }
            assertThat(page.locator(".material[data-kind=BUSINESS_LICENSE]")).hasCount(0);
            page.waitForFunction("() => [...document.querySelectorAll('img.thumb')]"
                    + ".every(i => i.complete && i.naturalWidth > 0)");
            Browser.screenshot(page, "applications-person-materials-phone");
            page.click("#next");
            page.click("#next");
            String code = newCode(mobile, "signature code", () -> page.click("#send-code"));
            page.fill("#smsCode", code);
            page.check("#agreementAccepted");
            page.click("#submit");
            assertThat(page.locator(".badge.status")).hasText("待支付");
            Browser.screenshot(page, "applications-person-submitted-phone");
            Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
            assertThat(width.intValue()).isLessThanOrEqualTo(390);
        }
    }

    @Test
    void legalRepresentativeSignsTheAuthorizationOnHisPhone() {
        java.util.UUID account = java.util.UUID.randomUUID();
        String legalRepMobile = AccountsTestSupport.newMobile();
        OrderId id = steps.start(com.certhall.orders.OrderCommands.StartOrder.of(account, "bid-cloud", "ORGANIZATION", true, "applicant:" + account)).id();
        SubjectForm.PartyForm legalRep = new SubjectForm.PartyForm("吴法人", "RESIDENT_ID", Identities.residentId(),
                legalRepMobile, null, null, null);
        SubjectForm.PartyForm handler = new SubjectForm.PartyForm("郑经办", "RESIDENT_ID", Identities.residentId(),
                AccountsTestSupport.newMobile(), "zheng@example.com", null, "采购部");
        steps.saveSubject(new com.certhall.orders.OrderCommands.SaveSubject(id, account, new SubjectForm(new SubjectForm.OrganizationForm("云签科技有限公司",
                Identities.uscc(), "成都市高新区天府大道 100 号", legalRep), handler, false, null)));
        authorization.requestLink(id, account, java.util.Locale.SIMPLIFIED_CHINESE, "applicant:" + account);
        String number = numberOf(id, account);
        String token = authorizations.lastToken(number);
        try (BrowserContext context = browser.newPhoneContext()) {
            Page page = context.newPage();
            page.navigate(browser.url("/authorize/" + token));
            assertThat(page.locator(".order-number")).hasText(number);
            assertThat(page.locator("main")).not().containsText(legalRepMobile);
            String code = newCode(legalRepMobile, "authorization code", () -> page.click("#send-code"));
            Browser.screenshot(page, "applications-authorize-phone");
            page.fill("#smsCode", code);
            page.click("#confirm");
            assertThat(page.locator("#authorized")).isVisible();
            Browser.screenshot(page, "applications-authorize-done-phone");
        }
        assertThat(steps.missing(id, account)).extracting(v -> v.field()).doesNotContain("authorization");
    }

    private String numberOf(OrderId id, java.util.UUID account) {
        return orders.getOwned(id, account).number();
    }

    /** On the wizard's identity step: starts the telecom check of {@code party} and answers its SMS code. */
    private void passTelecomCheck(Page page, String party, String mobile) {
        Locator option = page.locator("section[data-party=" + party + "] details[data-method=TELECOM_3F]");
        option.locator("summary").click();
        String code = newCode(mobile, "verification code", () -> option.locator("button[type=submit]").click());
        assertThat(page).hasURL(Pattern.compile(".*/verifications/[0-9a-f-]+$"));
        page.fill("#smsCode", code);
        page.click("#submit-code");
        assertThat(page.locator(".badge.status")).hasText("已通过");
        page.click("#back-to-verify");
        assertThat(page).hasURL(Pattern.compile(".*/verify$"));
        assertThat(page.locator("section[data-party=" + party + "] .badge.ok")).isVisible();
        // the result reaches the order a moment later (after commit); the page then says nothing is left
        Eventually.await("the check recorded on the order", Duration.ofSeconds(20), () -> {
            page.reload();
            return page.locator("#unsettled").count();
        }, n -> n == 0);
    }

    private void knownToTheSandbox(String name, String idNumber, String mobile) {
        com.certhall.verification.IdentityChecks.known(http, name, idNumber, mobile);
    }

    private void startFromProjectPage(Page page, String channel, String login) {
        page.navigate(browser.url("/apply/" + channel));
        page.click("a.start");
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        accounts.signIn(page, "#password-login", login, AccountsClient.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/apply/" + channel + "/start$"));
    }

    /** Runs {@code action} and returns the code of the SMS it sent to {@code mobile}. */
    private String newCode(String mobile, String what, Runnable action) {
        List<Object> seen = codes(mobile).stream().map(m -> m.get("id")).toList();
        action.run();
        Map<String, Object> message = Eventually.await(what, Duration.ofSeconds(20), () -> codes(mobile).stream()
                .filter(m -> !seen.contains(m.get("id"))).findFirst().orElse(null), m -> m != null);
        Matcher code = CODE.matcher((String) message.get("text"));
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> codes(String mobile) {
        return List.of(http.getForObject("/sandbox/api/messages?to=" + mobile, Map[].class)).stream()
                .map(m -> (Map<String, Object>) m).filter(m -> CODE.matcher((String) m.get("text")).find()).toList();
    }
}
