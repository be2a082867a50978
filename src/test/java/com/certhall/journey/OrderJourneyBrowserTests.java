package com.certhall.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.CaptchaService;
import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentSamples;
import com.certhall.orders.Identities;
import com.certhall.pki.CloudKeyChecks;
import com.certhall.pki.CloudKeys;
import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.Openssl;
import com.certhall.support.QrCodes;
import com.certhall.support.SandboxInbox;
import com.certhall.support.TestClock;
import com.certhall.support.TestEnvironment;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * One bid-cloud order (cloud certificate, pay then review, QR payment, identities checked before the product) from
 * registration to a certificate openssl accepts, every party in its own Chromium context and signed in through the
 * pages: the applicant registers, walks the wizard with the legal representative's and the handler's identity
 * checks passed at the sandbox telecom (SMS codes from the sandbox inbox), uploads the letter of authorisation as a
 * scan of the downloaded PDF, signs by SMS and pays by QR from a second (phone) context; the signed paper sends the
 * order to a reviewer, who rejects it once (no company seal); the applicant uploads the sealed letter and resubmits;
 * the reviewer approves; finance sees the QR payment received; the operator has nothing to produce for a cloud
 * certificate; the applicant downloads the certificate (openssl verifies it against the CA chain from
 * {@code /pki/ca}) and signs with its kept key under the PIN the holder set on the activation page the SMS links
 * to. Screenshots: {@code target/screenshots/journey-*}.
 */
@ExtendWith(Chromium.class)
@KnownPortIntegrationTest
class OrderJourneyBrowserTests {

    static final String REJECTION = "授权委托书未加盖单位公章，请加盖公章后重新上传扫描件";
    static final String PRICE = "¥400.00";

    Browser browser;

    @Value("${certhall.site.base-url}")
    String baseUrl;
    @Autowired
    TestRestTemplate http;
    @Autowired
    CaptchaService captchas;
    @Autowired
    TestClock clock;
    @Autowired
    CloudKeys cloudKeys;
    @TempDir
    Path dir;

    Site site;
    SandboxInbox inbox;
    ApplicantPages pages;
    String company;
    Party legalRep;
    Party handler;
    String orderId;
    String number;
    Path letter;

    @BeforeEach
    void parties() {
        site = new Site(baseUrl, captchas);
        inbox = new SandboxInbox(http);
        pages = new ApplicantPages(site, inbox, clock);
        company = "云途招投标科技有限公司" + Long.toString(System.nanoTime() % 1_000_000L, 36);
        legalRep = knownToTheTelecom("陈法人");
        handler = knownToTheTelecom("林经办");
    }

    @Test
    void bidCloudOrderFromRegistrationThroughRejectionToACertificateOpensslAccepts() throws Exception {
        TestEnvironment.requireCommand("openssl");
        try (BrowserContext applicantContext = browser.newContext();
                BrowserContext payerPhone = browser.newPhoneContext();
                BrowserContext reviewerContext = browser.newContext();
                BrowserContext financeContext = browser.newContext();
                BrowserContext operatorContext = browser.newContext()) {
            Page applicant = applicantContext.newPage();
            startsTheOrderAndChecksBothIdentities(applicant);
            completesSignsAndSubmits(applicant);
            paysByQrFromAPhone(applicant, payerPhone);

            Page reviewer = site.staffLogin(reviewerContext, "reviewer");
            rejectsForTheMissingSeal(reviewer);
            seesWhyUploadsTheSealedLetterAndResubmits(applicant);
            approvesTheSecondRound(reviewer);

            seesTheQrPaymentReceived(site.staffLogin(financeContext, "finance"));
            String serial = findsTheIssuedCertificate(applicant);
            hasNothingToProduce(site.staffLogin(operatorContext, "operator"));
            downloadsWhatOpensslAccepts(applicant, serial);
            revokesOnTheHoldersReport(reviewer, serial);
            seesItRevoked(applicant, serial);
        }
    }

    // 9. the holder reports a lost key: staff find the certificate by its order and revoke it with the reason
    private void revokesOnTheHoldersReport(Page page, String serial) {
        page.navigate(site.url("/admin"));
        page.click("#consoles a[href='/admin/certificates']");
        page.fill("#q", number);
        page.click("#certificate-search button[type=submit]");
        Locator row = page.locator("tr[data-serial='" + serial + "']");
        assertThat(row).containsText(company);
        assertThat(row.locator(".status")).hasText("有效");
        row.locator("select[name=reason]").selectOption("KEY_COMPROMISE");
        Browser.screenshot(page, "journey-24-staff-certificates");
        page.onceDialog(dialog -> dialog.accept());
        row.locator("button.danger").click();
        assertThat(page.locator("#revoked")).containsText(serial);
        assertThat(page.locator("tr[data-serial='" + serial + "'] .status")).hasText("已吊销");
        assertThat(page.locator("tr[data-serial='" + serial + "'] form.revoke")).hasCount(0);
        Browser.screenshot(page, "journey-25-staff-revoked");
    }

    private void seesItRevoked(Page page, String serial) {
        page.navigate(site.url("/certificates"));
        assertThat(page.locator("tr[data-serial='" + serial + "'] .status")).hasText("已吊销");
    }

    // 1. the wizard in the channel's order: details, the identity checks (needed before the product), the rest
    private void startsTheOrderAndChecksBothIdentities(Page page) {
        pages.register(page, "yun" + company.substring(11));
        page.navigate(site.url("/apply/bid-cloud"));
        page.click("a.start");
        assertThat(page).hasURL(Pattern.compile(".*/apply/bid-cloud/start$"));
        page.check("input[name=subjectType][value=ORGANIZATION]");
        page.check("#agreementAccepted");
        Browser.screenshot(page, "journey-01-agreement");
        page.click("#start-form button[type=submit]");
        assertThat(page).hasURL(Pattern.compile(".*/orders/[0-9a-f-]+/subject$"));
        orderId = page.url().replaceAll(".*/orders/([0-9a-f-]+)/subject$", "$1");
        fillsTheSubjectWithAHandlerWhoIsNotTheLegalRep(page);

        assertThat(page).hasURL(Pattern.compile(".*/orders/" + orderId + "/verify$"));
        assertThat(page.locator("#unsettled")).isVisible();
        Browser.screenshot(page, "journey-03-verify-options");
        pages.passTelecomCheck(page, "LEGAL_REP", legalRep);
        pages.passTelecomCheck(page, "HANDLER", handler);
        assertThat(page.locator("[data-party=LEGAL_REP] .badge.ok")).hasText("已通过");
        assertThat(page.locator("[data-party=HANDLER] .badge.ok")).hasText("已通过");
        // the results reach the order just after they commit; then nothing is left to check
        site.reloadUntil(page, () -> page.locator("#unsettled").count() == 0, "both checks recorded on the order");
        Browser.screenshot(page, "journey-05-verified");
        page.click("#continue");

        assertThat(page).hasURL(Pattern.compile(".*/product$"));
        page.locator("[data-product=org-cloud] input[type=checkbox]").check();
        // the bidding platform's client takes ECDSA P-256 (SM2 is the default)
        page.locator("[data-product=org-cloud] select[name$='.keyAlgorithm']").selectOption("EC_P256");
        assertThat(page.locator("#price .total")).hasText(PRICE);
        Browser.screenshot(page, "journey-06-product");
        page.click("#next");
    }

    private void fillsTheSubjectWithAHandlerWhoIsNotTheLegalRep(Page page) {
        page.fill("#organization\\.name", company);
        page.fill("#organization\\.uscc", Identities.uscc());
        page.fill("#organization\\.address", "成都市高新区天府大道北段 1700 号");
        page.fill("#organization\\.legalRep\\.name", legalRep.name());
        page.fill("#organization\\.legalRep\\.idNumber", legalRep.idNumber());
        page.fill("#organization\\.legalRep\\.mobile", legalRep.mobile());
        page.uncheck("#handlerIsLegalRep");
        assertThat(page.locator("[data-handler-identity]")).isVisible();
        page.fill("#handler\\.name", handler.name());
        page.fill("#handler\\.idNumber", handler.idNumber());
        page.fill("#handler\\.mobile", handler.mobile());
        page.fill("#handler\\.email", "lin@example.com");
        Browser.screenshot(page, "journey-02-subject");
        page.click("#next");
    }

    // invoice, delivery, materials (with the signed letter), confirmation, signature
    private void completesSignsAndSubmits(Page page) throws Exception {
        assertThat(page).hasURL(Pattern.compile(".*/invoice$"));
        page.fill("#bankName", "中国建设银行成都高新支行");
        page.fill("#bankAccount", "5100 1234 5678 9012 3456");
        page.fill("#phone", "028-8888 6666");
        page.click("#next");
        assertThat(page).hasURL(Pattern.compile(".*/delivery$"));
        assertThat(page.locator("input[name=method][value=NONE]")).isChecked();
        page.click("#next");

        assertThat(page).hasURL(Pattern.compile(".*/materials$"));
        ApplicantPages.upload(page, "BUSINESS_LICENSE", image("license.jpg", 640, 480));
        ApplicantPages.upload(page, "ID_FRONT", image("id-front.jpg", 480, 300));
        ApplicantPages.upload(page, "ID_BACK", image("id-back.jpg", 480, 300));
        // the handler is not the legal representative: the letter, printed, signed, scanned (without the seal)
        Download pdf = page.waitForDownload(() -> page.click("#authorization a[href$='authorization-letter.pdf']"));
        letter = dir.resolve("letter.pdf");
        pdf.saveAs(letter);
        ApplicantPages.upload(page, "AUTHORIZATION_LETTER", LetterScans.scan(letter, dir.resolve("letter.jpg"), false,
                company, legalRep.name(), handler.name()));
        Browser.screenshot(page, "journey-07-materials");
        page.click("#next");
        assertThat(page).hasURL(Pattern.compile(".*/confirm$"));
        assertThat(page.locator("#missing")).hasCount(0);
        page.click("#next");
        pages.signAndSubmit(page, handler);
        assertThat(page.locator(".badge.status")).hasText("待支付");
        number = page.locator("dd.order-number").textContent().trim();
        Browser.screenshot(page, "journey-08-submitted");
    }

    // 2. the QR is paid from a phone; the applicant's page turns to paid by itself
    private void paysByQrFromAPhone(Page page, BrowserContext phone) {
        page.click("#pay");
        assertThat(page).hasURL(Pattern.compile(".*/orders/" + orderId + "/payment$"));
        assertThat(page.locator("#payment-amount")).hasText(PRICE);
        assertThat(page.locator("input[name=method]")).hasCount(2); // the channel takes WeChat Pay and Alipay
        page.check("input[name=method][value=WECHAT_QR]");
        Browser.screenshot(page, "journey-09-payment-method");
        page.click("#pay");
        assertThat(page).hasURL(Pattern.compile(".*/payments/[0-9a-f-]+$"));
        assertThat(page.locator("#payment-amount")).hasText(PRICE);
        assertThat(page.locator("#payment-status")).containsText("等待支付");
        page.evaluate("window.__notReloaded = true");
        Browser.screenshot(page, "journey-10-payment-qr");

        Page cashier = phone.newPage();
        cashier.navigate(QrCodes.decodeDataUri(page.locator("img.qr").getAttribute("src")));
        assertThat(cashier.locator("#cashier-amount")).hasText(PRICE);
        cashier.click("#pay");
        assertThat(cashier.locator("#trade-status")).hasText("支付成功");
        Browser.screenshot(cashier, "journey-11-cashier-paid-phone");

        assertThat(page.locator("#payment-status")).containsText("支付成功",
                new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(page.locator("img.qr")).hasCount(0);
        assertThat(page.evaluate("window.__notReloaded === true")).isEqualTo(true);
        Browser.screenshot(page, "journey-12-payment-paid");
    }

    // 3. the signed paper needs a person: the reviewer sees the materials beside the data and sends it back
    private void rejectsForTheMissingSeal(Page page) {
        openFromTheQueue(page, "journey-13-review-queue");
        assertThat(page.locator("#subject-name")).hasText(company);
        assertThat(page.locator("#check-reasons")).containsText("需人工核对签章材料");
        Locator checks = page.locator("#verifications");
        assertThat(checks.locator("li[data-party=LEGAL_REP]")).containsText("法定代表人");
        assertThat(checks.locator("li[data-party=LEGAL_REP]")).containsText("运营商三要素");
        assertThat(checks.locator("li[data-party=LEGAL_REP] strong")).hasText("通过");
        assertThat(checks.locator("li[data-party=HANDLER] strong")).hasText("通过");
        assertThat(checks.locator("li[data-party=HANDLER] .note")).hasText("(短信验证码正确)");
        // the history names who acted in words, not as a recorded account id
        assertThat(page.locator(".history-actor").first()).hasText("申请人");
        assertThat(page.locator("ol.rounds:not(#review-history)")).not().containsText("applicant:");
        for (String kind : new String[] {"BUSINESS_LICENSE", "ID_FRONT", "ID_BACK", "AUTHORIZATION_LETTER"}) {
            assertThat(page.locator("#material-" + kind + " img.material-image")).isVisible();
        }
        page.waitForFunction("() => Array.from(document.querySelectorAll('.material-image'))"
                + ".every(i => i.complete && i.naturalWidth > 0)");
        Browser.screenshot(page, "journey-14-review-order");
        page.fill("#reason-text", REJECTION);
        page.click("#reject");
        assertThat(page.locator(".alert.ok")).containsText("已驳回");
        assertThat(page.locator("#task-" + orderId)).hasCount(0);
    }

    // 4. the applicant reads the reason, replaces the letter with the sealed one, signs again
    private void seesWhyUploadsTheSealedLetterAndResubmits(Page page) throws Exception {
        page.navigate(site.url("/orders"));
        assertThat(page.locator("tr[data-order=" + number + "] .status")).hasText("已退回");
        Browser.screenshot(page, "journey-15-my-orders-rejected");
        page.click("tr[data-order=" + number + "] a");
        assertThat(page.locator(".alert.warn")).containsText(REJECTION);
        Browser.screenshot(page, "journey-16-order-rejected");
        page.click("main .actions a.primary");
        page.click("nav.wizard li[data-step=materials] a");
        assertThat(page).hasURL(Pattern.compile(".*/materials$"));
        ApplicantPages.upload(page, "AUTHORIZATION_LETTER", LetterScans.scan(letter,
                dir.resolve("letter-sealed.jpg"), true, company));
        assertThat(page.locator("#authorization")).containsText("letter-sealed.jpg");
        Browser.screenshot(page, "journey-17-letter-replaced");
        page.click("#next");
        assertThat(page).hasURL(Pattern.compile(".*/confirm$"));
        page.click("#next");
        pages.signAndSubmit(page, handler);
        assertThat(page.locator(".badge.status")).hasText("待审核"); // paid already: straight back to review
        Browser.screenshot(page, "journey-18-resubmitted");
    }

    // 5. the second round, with the first one's reason in the history
    private void approvesTheSecondRound(Page page) {
        openFromTheQueue(page, "journey-19-review-queue-again");
        assertThat(page.locator("#review-history li")).hasCount(2);
        assertThat(page.locator("#review-history")).containsText(REJECTION);
        assertThat(page.locator("#material-AUTHORIZATION_LETTER")).containsText("letter-sealed.jpg");
        Browser.screenshot(page, "journey-20-review-second-round");
        page.click("#approve");
        assertThat(page.locator(".alert.ok")).containsText("已审核通过");
    }

    /** The order's review round opens after the commit: the queue is reloaded until it is there. */
    private void openFromTheQueue(Page page, String screenshot) {
        Locator task = page.locator("#task-" + orderId);
        site.reloadUntilPresent(page, "/admin/reviews", task, "the order in the review queue");
        assertThat(task).containsText("需人工核对签章材料");
        Browser.screenshot(page, screenshot);
        task.locator("a").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/reviews/" + orderId + "$"));
    }

    // 6. finance: the QR payment is among the payments received
    private void seesTheQrPaymentReceived(Page page) {
        assertThat(page.locator("#consoles a.button")).hasCount(1);
        page.click("#consoles a[href='/admin/payments']");
        assertThat(page).hasURL(Pattern.compile(".*/admin/payments$"));
        Locator received = page.locator("#received tr[data-order=" + number + "]");
        assertThat(received.locator(".amount")).hasText(PRICE);
        assertThat(received).containsText("微信支付");
        assertThat(received.locator(".status")).hasText("支付成功");
        Browser.screenshot(page, "journey-21-finance-received");
    }

    // 8, first half: the certificate is issued after approval; the applicant finds it under "my certificates"
    private String findsTheIssuedCertificate(Page page) {
        Locator row = page.locator("table.certificates tbody tr");
        site.reloadUntilPresent(page, "/certificates", row, "the certificate under my certificates");
        assertThat(row).hasCount(1);
        assertThat(row.locator(".status")).hasText("有效");
        assertThat(row.locator("td.lead-cell")).hasText(company);
        assertThat(row).containsText("EC_P256");
        Browser.screenshot(page, "journey-22-my-certificates");
        return row.getAttribute("data-serial");
    }

    // 7. the operator's consoles are UKEY production, paper materials and the seals' staff view: a cloud order is in
    // neither of the first two
    private void hasNothingToProduce(Page page) {
        assertThat(page.locator("#consoles a.button")).hasCount(3);
        assertThat(page.locator("#consoles a[href='/admin/seals']")).hasCount(1);
        page.click("#consoles a[href='/admin/production']");
        assertThat(page).hasURL(Pattern.compile(".*/admin/production$"));
        assertThat(page.locator("h1")).hasText("制证发货");
        assertThat(page.locator("tr[data-order=" + number + "]")).hasCount(0);
        Browser.screenshot(page, "journey-23-operator-production");
        page.goBack();
        page.click("#consoles a[href='/admin/paper']");
        assertThat(page).hasURL(Pattern.compile(".*/admin/paper$"));
        assertThat(page.locator("#paper-orders")).not().containsText(number);
        assertThat(page.navigate(site.url("/admin/payments")).status()).isEqualTo(403);
    }

    // 8. the downloads: chain to the CA; no PKCS#12, the key stays in the cloud and signs under the PIN the holder sets
    private void downloadsWhatOpensslAccepts(Page page, String serial) throws Exception {
        page.navigate(site.url("/orders"));
        assertThat(page.locator("tr[data-order=" + number + "] .status")).hasText("已办结");
        page.navigate(site.url("/certificates"));
        Locator row = page.locator("tr[data-serial='" + serial + "']");
        Path pem = ApplicantPages.download(page, row, "pem", dir.resolve("cert.pem"));
        Path der = ApplicantPages.download(page, row, "der", dir.resolve("cert.cer"));
        Path chain = ApplicantPages.download(page, row, "chain", dir.resolve("chain.pem"));
        assertThat(row.locator("a[href*='format=p12']")).hasCount(0);
        assertThat(row.locator(".key-note")).containsText("私钥保存在云端");

        Openssl openssl = new Openssl(dir);
        assertThat(openssl.run("x509", "-inform", "DER", "-in", der.toString()).trim())
                .isEqualTo(Files.readString(pem).trim());
        assertThat(Files.readString(chain).split("BEGIN CERTIFICATE", -1)).hasSize(4);
        Path root = openssl.pemFile("ecc-root.pem", http.getForObject("/pki/ca/ecc-root.crt", byte[].class));
        Path issuing = openssl.pemFile("ecc-issuing.pem", http.getForObject("/pki/ca/ecc-issuing.crt", byte[].class));
        // at the application's time: the test moved its clock on by the minutes people take between SMS codes
        String now = Long.toString(clock.instant().getEpochSecond());
        assertThat(openssl.run("verify", "-x509_strict", "-attime", now, "-CAfile", root.toString(), "-untrusted",
                issuing.toString(), pem.toString())).contains(pem + ": OK");
        assertThat(openssl.run("verify", "-attime", now, "-CAfile", root.toString(), "-untrusted", chain.toString(),
                pem.toString())).contains(pem + ": OK");
        assertThat(openssl.run("x509", "-in", pem.toString(), "-noout", "-serial")).containsIgnoringCase(serial);
        assertThat(openssl.run("x509", "-in", pem.toString(), "-noout", "-subject", "-nameopt",
                "utf8,sep_comma_plus")).contains("CN=" + company);
        signsWithThePin(page, serial, der);
    }

    /**
     * The issuance SMS carries no PIN but the activation link: the holder opens it, confirms with an SMS code and sets
     * the signing PIN; what the kept key then signs under that PIN, openssl verifies with the downloaded certificate.
     */
    private void signsWithThePin(Page page, String serial, Path der) throws Exception {
        String sms = Eventually.await("the activation SMS", Duration.ofSeconds(30),
                () -> inbox.texts(handler.mobile(), "/signing-pin"), list -> !list.isEmpty()).get(0);
        assertThat(sms).doesNotContain("口令为").contains("自行设置签名口令");
        Matcher link = Pattern.compile("(https?://\\S+/certificates/" + serial + "/signing-pin)").matcher(sms);
        assertThat(link.find()).as("the activation link in: " + sms).isTrue();
        page.navigate(link.group(1));
        // the resend interval for the handler's mobile passes on the test clock, as between the order's codes
        clock.advance(Duration.ofSeconds(61));
        int before = inbox.count(handler.mobile());
        page.click("#send-sms");
        page.fill("#smsCode", inbox.awaitCode(handler.mobile(), before));
        page.fill("#pin", "583027");
        page.fill("#pinAgain", "583027");
        page.click("#set-pin");
        assertThat(page.locator("#pin-done")).containsText("云证书已激活");
        assertThat(CloudKeyChecks.opensslVerifies(cloudKeys, Files.readAllBytes(der), serial, "583027", dir))
                .contains("Verified OK");
        assertThat(CloudKeyChecks.opensslVerifies(cloudKeys, Files.readAllBytes(der), serial, "00000000", dir))
                .isEqualTo("wrong PIN");
    }

    /** A person the sandbox telecom knows (added as a tester does), so his three-factor check can pass. */
    private Party knownToTheTelecom(String name) {
        Party party = new Party(name, Identities.residentId(), AccountsTestSupport.newMobile());
        com.certhall.verification.IdentityChecks.known(http, party.name(), party.idNumber(), party.mobile());
        return party;
    }

    private Path image(String name, int width, int height) throws Exception {
        return Files.write(dir.resolve(name), DocumentSamples.image(DocumentFormat.JPEG, width, height));
    }
}
