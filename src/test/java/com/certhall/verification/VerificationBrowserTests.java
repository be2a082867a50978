package com.certhall.verification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderView;
import com.certhall.orders.Orders;
import com.certhall.orders.SubjectType;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.ResidentIdNumber;
import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.QrCodes;
import com.certhall.support.WebIntegrationTest;
import com.certhall.verification.provider.sandbox.SandboxIdentities;
import com.certhall.verification.provider.sandbox.SandboxServices;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The verification pages in Chromium: the face check across two devices (the desktop page shows the QR code, the
 * phone opens the address in it, gives consent and passes the check, and the desktop page turns to "passed" by
 * itself); the micro-deposit read off the sandbox bank page; the SMS code read from the sandbox inbox.
 */
@ExtendWith(Chromium.class)
@WebIntegrationTest
class VerificationBrowserTests {

    Browser browser;

    @Autowired
    OrderManagement orders;
    @Autowired
    VerificationManagement verifications;
    @Autowired
    SandboxIdentities identities;
    @Autowired
    SandboxServices services;

    @Test
    void desktopShowsTheQrThePhonePassesTheCheckAndTheDesktopTurnsToPassed() throws Exception {
        UUID account = UUID.randomUUID();
        OrderView order = Orders.anOrder().forAccount(account).forChannel("demo").ofSubject(SubjectType.PERSON)
                .through(orders).draft();
        String id = TestIdentities.idNumber();
        identities.addPerson("韩梅梅", id, TestIdentities.mobile());
        VerificationView face = verifications.start(new StartVerification(order.id(), PartyRole.PERSON,
                VerificationMethod.FACE, "韩梅梅", ResidentIdNumber.parse("id", id), null, null, null, null, null,
                null, FaceDelivery.QR, "applicant:" + account, Locale.SIMPLIFIED_CHINESE));

        BrowserContext desktopContext = browser.newContext();
        browser.signedIn(desktopContext, account, "APPLICANT");
        Page desktop = desktopContext.newPage();
        String pageUrl = browser.url("/orders/" + order.id() + "/verifications/" + face.id() + "/face");
        desktop.navigate(pageUrl);
        assertThat(desktop.locator(".face-status")).containsText("检验中");
        assertThat(desktop.locator("img.face-qr")).isVisible();
        assertThat(desktop.locator(".face-expiry")).containsText("二维码有效期至");
        Browser.screenshot(desktop, "verification-face-desktop-waiting");

        APIResponse png = desktop.request().get(pageUrl + "/qr.png");
        assertThat(png.headers().get("content-type")).isEqualTo("image/png");
        String phoneUrl = QrCodes.decode(png.body());
        assertThat(phoneUrl).isEqualTo(browser.url(face.phoneUrl()));
        assertThat(desktop.locator(".phone-url")).hasText(phoneUrl);

        Page phone = browser.newPhoneContext().newPage();
        phone.navigate(phoneUrl);
        assertThat(phone.locator("h1")).hasText("人脸识别");
        Browser.screenshot(phone, "verification-face-phone-consent");
        phone.locator("#consent").click();
        phone.locator("#pass").click();
        assertThat(phone.locator(".result.passed")).containsText("检验通过");
        Browser.screenshot(phone, "verification-face-phone-passed");

        assertThat(desktop.locator(".face-status.passed")).containsText("检验通过，实名认证成功");
        assertThat(desktop.url()).isEqualTo(pageUrl);
        Browser.screenshot(desktop, "verification-face-desktop-passed");
        assertThat(verifications.status(face.id()).status()).isEqualTo(VerificationStatus.PASSED);
    }

    @Test
    void aFaceLinkSentBySmsSaysTheLinkExpiresNotAQrCode() {
        UUID account = UUID.randomUUID();
        OrderView order = Orders.anOrder().forAccount(account).forChannel("demo").ofSubject(SubjectType.PERSON)
                .through(orders).draft();
        String id = TestIdentities.idNumber();
        String mobile = TestIdentities.mobile();
        identities.addPerson("韩梅梅", id, mobile);
        VerificationView face = verifications.start(new StartVerification(order.id(), PartyRole.PERSON,
                VerificationMethod.FACE, "韩梅梅", ResidentIdNumber.parse("id", id), MobileNumber.parse("mobile", mobile),
                null, null, null, null, null, FaceDelivery.SMS_LINK, "applicant:" + account, Locale.SIMPLIFIED_CHINESE));

        BrowserContext context = browser.newContext();
        browser.signedIn(context, account, "APPLICANT");
        Page desktop = context.newPage();
        desktop.navigate(browser.url("/orders/" + order.id() + "/verifications/" + face.id() + "/face"));
        assertThat(desktop.locator(".face-expiry")).containsText("短信链接有效期至");
        assertThat(desktop.locator(".face-expiry")).not().containsText("二维码");
        assertThat(desktop.locator("img.face-qr")).hasCount(0);
    }

    @Test
    void anotherAccountCannotOpenTheFacePage() {
        OrderView order = Orders.anOrder().forChannel("demo").ofSubject(SubjectType.PERSON)
                .through(orders).draft();
        String id = TestIdentities.idNumber();
        VerificationView face = verifications.start(new StartVerification(order.id(), PartyRole.PERSON,
                VerificationMethod.FACE, "李雷", ResidentIdNumber.parse("id", id), null, null, null, null, null, null,
                FaceDelivery.QR, "x", null));
        BrowserContext stranger = browser.newContext();
        browser.signedIn(stranger, UUID.randomUUID(), "APPLICANT");
        APIResponse r = stranger.request().get(browser.url("/orders/" + order.id()
                + "/verifications/" + face.id() + "/face/qr.png"));
        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void theAmountOnTheSandboxBankStatementPassesTheMicroDeposit() {
        UUID account = UUID.randomUUID();
        OrderView order = Orders.anOrder().forAccount(account).forChannel("demo").through(orders).draft();
        String company = "页面测试有限公司" + UUID.randomUUID().toString().substring(0, 4);
        String uscc = TestIdentities.uscc();
        String bankAccount = TestIdentities.account();
        identities.addCompany(company, uscc, "中国工商银行", bankAccount);
        VerificationView v = verifications.start(new StartVerification(order.id(), PartyRole.ORGANIZATION,
                VerificationMethod.MICRO_DEPOSIT, null, null, null, null, "中国工商银行", bankAccount, company,
                com.certhall.shared.Uscc.parse("uscc", uscc), null, "applicant:" + account, null));

        Page accountant = browser.newContext().newPage();
        accountant.navigate(browser.url("/sandbox/bank?account=" + bankAccount));
        String amount = accountant.locator("tr.deposit td.amount").first().innerText().trim();
        assertThat(amount).matches("[01]\\.\\d\\d");
        Browser.screenshot(accountant, "verification-sandbox-bank");

        BrowserContext desktopContext = browser.newContext();
        browser.signedIn(desktopContext, account, "APPLICANT");
        Page desktop = desktopContext.newPage();
        desktop.navigate(browser.url("/orders/" + order.id() + "/verifications/" + v.id()));
        desktop.locator("#amount").fill(amount.equals("0.99") ? "0.98" : "0.99");
        desktop.locator("#submit-amount").click();
        assertThat(desktop.locator(".verification-case")).containsText("还可尝试 2 次");
        assertThat(desktop.locator("ul.errors")).containsText("金额不正确");
        Browser.screenshot(desktop, "verification-deposit-wrong-amount");
        desktop.locator("#amount").fill(amount);
        desktop.locator("#submit-amount").click();
        assertThat(desktop.locator(".verification-case.passed")).containsText("认证通过");
        assertThat(desktop.locator(".verification-case .pin-channel")).containsText("对公打款的附言");
        Browser.screenshot(desktop, "verification-deposit-passed");
    }

    @Test
    void theSmsCodeFromTheSandboxInboxPassesTheTelecomCheck() {
        UUID account = UUID.randomUUID();
        OrderView order = Orders.anOrder().forAccount(account).forChannel("demo").through(orders).draft();
        String id = TestIdentities.idNumber();
        String mobile = TestIdentities.mobile();
        identities.addPerson("王小明", id, mobile);
        VerificationView v = verifications.start(new StartVerification(order.id(), PartyRole.LEGAL_REP,
                VerificationMethod.TELECOM_3F, "王小明", ResidentIdNumber.parse("id", id),
                com.certhall.shared.MobileNumber.parse("m", mobile), null, null, null, null, null, null,
                "applicant:" + account, null));

        BrowserContext desktopContext = browser.newContext();
        browser.signedIn(desktopContext, account, "APPLICANT");
        Page desktop = desktopContext.newPage();
        desktop.navigate(browser.url("/orders/" + order.id() + "/verifications/" + v.id()));
        assertThat(desktop.locator(".verification-case")).containsText(mobile.substring(0, 3) + "****");

        String text = com.certhall.support.Eventually.await("the verification SMS", java.time.Duration.ofSeconds(20),
                () -> desktop.request().get(browser.url("/sandbox/api/messages?to=" + mobile)).text(),
                body -> body.contains("实名核验"));
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("验证码：(\\d{6})").matcher(text);
        assertThat(code.find()).isTrue();
        desktop.locator("#smsCode").fill(code.group(1));
        desktop.locator("#submit-code").click();
        assertThat(desktop.locator(".verification-case.passed")).containsText("认证通过");
        Browser.screenshot(desktop, "verification-telecom-passed");
        assertThat(desktop.locator("#back-to-verify")).hasAttribute("href", "/orders/" + order.id() + "/verify");
    }

    @Test
    void aMismatchShowsWhyAndTheApplicantCanSwitchToThePaperPath() {
        UUID account = UUID.randomUUID();
        // bid-cloud checks identities before the product: the paper path is open before any product is chosen
        OrderView order = Orders.anOrder().forAccount(account).forChannel("bid-cloud").through(orders).draft();
        String id = TestIdentities.idNumber();
        identities.addPerson("孙丽", id, TestIdentities.mobile());
        VerificationView v = verifications.start(new StartVerification(order.id(), PartyRole.LEGAL_REP,
                VerificationMethod.TELECOM_3F, "孙丽", ResidentIdNumber.parse("id", id),
                com.certhall.shared.MobileNumber.parse("m", TestIdentities.mobile()), null, null, null, null, null,
                null, "applicant:" + account, null));

        BrowserContext desktopContext = browser.newContext();
        browser.signedIn(desktopContext, account, "APPLICANT");
        Page desktop = desktopContext.newPage();
        desktop.navigate(browser.url("/orders/" + order.id() + "/verifications/" + v.id()));
        assertThat(desktop.locator(".verification-case.failed")).containsText("信息不一致");
        desktop.locator("#offline").click();
        // the wizard goes on without the online check, materials or SMS signature, and ends with the paper form
        desktop.waitForURL("**/orders/" + order.id() + "/subject");
        assertThat(desktop.locator("[data-step=paper]")).containsText("线下提交");
        assertThat(desktop.locator("#on-paper")).containsText("纸质申请表代替");
        assertThat(desktop.locator("[data-step=materials]")).hasCount(0);
        assertThat(desktop.locator("[data-step=product]")).isVisible();
        Browser.screenshot(desktop, "verification-failed-offline");
        assertThat(orders.get(order.id()).status()).isEqualTo(com.certhall.orders.OrderStatus.DRAFT);
        assertThat(orders.get(order.id()).onPaper()).isTrue();
    }

    @Test
    void testersAddIdentitiesAndSwitchServicesOffOnTheSandboxPage() {
        Page page = browser.newContext().newPage();
        page.navigate(browser.url("/sandbox/identities"));
        String id = TestIdentities.idNumber();
        page.locator("#name").fill("赵新");
        page.locator("#idNumber").fill(id.substring(0, 17) + (id.endsWith("0") ? "1" : "0"));
        page.locator("#mobile").fill(TestIdentities.mobile());
        page.locator("form.form button.primary").click();
        assertThat(page.locator("ul.errors")).containsText("证件号码校验位错误");

        page.locator("#name").fill("赵新");
        page.locator("#idNumber").fill(id);
        page.locator("#mobile").fill(TestIdentities.mobile());
        page.locator("form.form button.primary").click();
        assertThat(page.locator("tr.person", new Page.LocatorOptions().setHasText(id))).isVisible();
        assertThat(identities.personKnown("赵新", id)).isTrue();

        page.locator("form:has(input[value=TELECOM]) button").click();
        assertThat(page.locator("form:has(input[value=TELECOM]) .badge.err")).isVisible();
        assertThat(services.isDown(SandboxServices.Service.TELECOM)).isTrue();
        Browser.screenshot(page, "verification-sandbox-identities");
        page.locator("form:has(input[value=TELECOM]) button").click();
        assertThat(page.locator("form:has(input[value=TELECOM]) .badge.ok")).isVisible();
        assertThat(services.isDown(SandboxServices.Service.TELECOM)).isFalse();
    }
}
