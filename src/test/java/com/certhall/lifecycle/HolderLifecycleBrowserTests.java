package com.certhall.lifecycle;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.CaptchaService;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.TestClock;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 in Chromium: the certificate query from the home page without login (USCC, captcha, a masked handler,
 * the SMS code, the certificates with their actions), revoking and renewing without login (the renewal of a cloud
 * certificate after the proof of possession with its signing PIN), and a holder unlocking a locked sandbox UKEY with
 * the response code from {@code /certificates/{serial}/unlock}. Photographed at desktop and phone size in Chinese and English:
 * {@code target/screenshots/lifecycle-query-*}, {@code lifecycle-unlock-*}, {@code lifecycle-token-*}.
 */
@ExtendWith(Chromium.class)
@KnownPortIntegrationTest
class HolderLifecycleBrowserTests {

    Browser browser;

    @Autowired
    OrderManagement orders;
    @Autowired
    CertificateHolders holders;
    @Autowired
    CertificateManagement certificates;
    @Autowired
    CaptchaService captchas;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    TestClock clock;
    @Autowired
    com.certhall.signing.domain.SigningPins signingPins;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aVisitorFindsTheCertificatesOfASubjectFromTheHomePage() {
        String mobile = AccountsTestSupport.newMobile();
        String uscc = Identities.uscc();
        OrderView order = new ApprovedOrders(orders).cloudOrganization(UUID.randomUUID(), mobile, uscc,
                "EC_P256");
        Eventually.await("issued", Duration.ofSeconds(30), () -> orders.get(order.id()).status(),
                s -> s == OrderStatus.COMPLETED);
        String serial = certificates.ofOrder(order.id()).get(0).serialHex();
        String masked = mobile.substring(0, 3) + "****" + mobile.substring(7);
        for (boolean phone : List.of(false, true)) {
            for (boolean en : List.of(false, true)) {
                String shot = "lifecycle-query" + (phone ? "-phone" : "-desktop") + (en ? "-en" : "-zh");
                try (BrowserContext context = phone ? browser.newPhoneContext() : browser.newContext()) {
                    Page page = context.newPage();
                    page.navigate(browser.url("/?lang=" + (en ? "en" : "zh_CN")));
                    page.locator("#home-certificate-query").click();
                    page.locator("#subjectCode").fill("123");
                    page.locator("#captchaAnswer").fill(captchaAnswer(page));
                    page.locator("#query-start button[type=submit]").click();
                    assertThat(page.locator("#query-start .field.invalid .error"))
                            .containsText(en ? "USCC" : "统一社会信用代码");
                    Browser.screenshot(page, shot + "-refused");
                    page.locator("#subjectCode").fill(uscc.substring(0, 8) + " " + uscc.substring(8));
                    page.locator("#captchaAnswer").fill(captchaAnswer(page));
                    page.locator("#query-start button[type=submit]").click();
                    assertThat(page.locator("#query-handlers label.tick")).hasCount(1);
                    assertThat(page.locator("#query-handlers")).containsText(masked);
                    assertThat(page.locator("#query-handlers")).containsText("王**");
                    Browser.screenshot(page, shot + "-handlers");
                    page.locator("#query-send").click();
                    assertThat(page.locator("#query-sent")).containsText(masked);
                    page.locator("#smsCode").fill(recorder.codeFor(mobile));
                    Browser.screenshot(page, shot + "-code");
                    page.locator("#query-submit").click();
                    assertThat(page.locator("tr[data-serial='" + serial + "'] .status"))
                            .hasText(en ? "Valid" : "有效");
                    assertThat(page.locator("tr[data-serial='" + serial + "'] a[data-action=REVOKE]"))
                            .hasAttribute("href", "/certificate-query/certificates/" + serial + "/revocation");
                    assertThat(page.locator("body")).not().containsText("??");
                    Browser.screenshot(page, shot + "-results");
                }
                // one SMS of a kind per number a minute (the one SMS send policy)
                clock.advance(Duration.ofSeconds(61));
            }
        }
    }

    @Test
    void aVisitorRevokesACertificateWithoutLogin() {
        for (boolean phone : List.of(false, true)) {
            for (boolean en : List.of(false, true)) {
                String mobile = AccountsTestSupport.newMobile();
                String uscc = Identities.uscc();
                OrderView order = new ApprovedOrders(orders).cloudOrganization(UUID.randomUUID(), mobile,
                        uscc, "EC_P256");
                Eventually.await("issued", Duration.ofSeconds(30), () -> orders.get(order.id()).status(),
                        s -> s == OrderStatus.COMPLETED);
                String serial = certificates.ofOrder(order.id()).get(0).serialHex();
                String shot = "lifecycle-query-revoke" + (phone ? "-phone" : "-desktop") + (en ? "-en" : "-zh");
                try (BrowserContext context = phone ? browser.newPhoneContext() : browser.newContext()) {
                    Page page = context.newPage();
                    queryBySubject(page, uscc, mobile, en);
                    assertThat(page.locator("#acting-until")).isVisible();
                    Browser.screenshot(page, shot + "-results");
                    page.locator("tr[data-serial='" + serial + "'] a[data-action=REVOKE]").click();
                    page.locator("#reason").selectOption("CESSATION_OF_OPERATION");
                    page.locator("#agreementAccepted").check();
                    Browser.screenshot(page, shot + "-reason");
                    page.locator("#start").click();
                    assertThat(page.locator("#sms-sent")).containsText(masked(mobile));
                    page.locator("#smsCode").fill(recorder.codeFor(mobile));
                    Browser.screenshot(page, shot + "-sign");
                    page.locator("#sign").click();
                    assertThat(page.locator("#done-text")).containsText(en ? "revoked" : "已注销");
                    assertThat(page.locator("body")).not().containsText("??");
                    Browser.screenshot(page, shot + "-done");
                    org.assertj.core.api.Assertions.assertThat(certificates.get(serial).status())
                            .isEqualTo(HeldStatus.REVOKED);
                }
            }
        }
    }

    @Test
    void aHolderUnlocksHisUkeyWithTheResponseCode() {
        UUID account = UUID.randomUUID();
        String mobile = AccountsTestSupport.newMobile();
        HeldCertificateView cert = holders.ukey(account, mobile);
        String tokenPage = "/sandbox/tokens/" + cert.tokenSerial();
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, account);
            page.navigate(browser.url(tokenPage + "?lang=zh_CN"));
            for (int i = 0; i < 5; i++) {
                page.locator("#pin").fill("000000");
                page.locator("#token-pin button").click();
            }
            assertThat(page.locator("#token-state")).hasText("已锁定");
            page.locator("#read-challenge").click();
            String challenge = page.locator("#token-challenge").textContent().strip();
            Browser.screenshot(page, "lifecycle-token-locked-desktop-zh");

            page.navigate(browser.url("/certificates/" + cert.serialHex() + "/unlock?lang=zh_CN"));
            page.locator("#challenge").fill(challenge);
            page.locator("#send-sms").click();
            assertThat(page.locator("#sms-sent")).containsText(mobile.substring(7));
            assertThat(page.locator("#challenge")).hasValue(challenge);
            page.locator("#smsCode").fill(recorder.codeFor(mobile));
            page.locator("#get-code").click();
            String code = page.locator("#response-code").textContent().strip();
            assertThat(code).matches("[0-9A-F]{16}");
            Browser.screenshot(page, "lifecycle-unlock-code-desktop-zh");

            page.navigate(browser.url(tokenPage));
            page.locator("#responseCode").fill(code);
            page.locator("#newPin").fill("24680");
            page.locator("#token-unlock button").click();
            assertThat(page.locator("#token-unlock .field.invalid .error")).containsText("6 至 8 位数字");
            page.locator("#responseCode").fill(code);
            page.locator("#newPin").fill("246802");
            page.locator("#token-unlock button").click();
            assertThat(page.locator("#token-notice")).hasText("解锁成功，新口令已生效。");
            assertThat(page.locator("#token-state")).containsText("正常");
            page.locator("#pin").fill("246802");
            page.locator("#token-pin button").click();
            assertThat(page.locator("#token-notice")).hasText("口令正确。");
            Browser.screenshot(page, "lifecycle-token-unlocked-desktop-zh");
        }
        for (boolean phone : List.of(false, true)) {
            for (boolean en : List.of(false, true)) {
                try (BrowserContext context = phone ? browser.newPhoneContext() : browser.newContext()) {
                    Page page = signedIn(context, account);
                    String suffix = (phone ? "-phone" : "-desktop") + (en ? "-en" : "-zh");
                    page.navigate(browser.url("/certificates/" + cert.serialHex() + "/unlock?lang="
                            + (en ? "en" : "zh_CN")));
                    assertThat(page.locator("#unlock-token")).hasText(cert.tokenSerial());
                    page.locator("#challenge").fill("12");
                    page.locator("#smsCode").fill("123456");
                    page.locator("#get-code").click();
                    assertThat(page.locator(".field.invalid .error").first()).containsText(en ? "16" : "16 位");
                    assertThat(page.locator("body")).not().containsText("??");
                    assertThat(page.locator("body")).not().containsText("{0}");
                    assertThat(page.locator("body")).containsText(masked(mobile));
                    Browser.screenshot(page, "lifecycle-unlock" + suffix);
                    page.navigate(browser.url(tokenPage + "?lang=" + (en ? "en" : "zh_CN")));
                    assertThat(page.locator("body")).not().containsText("??");
                    assertThat(page.locator("body")).not().containsText("{0}");
                    Browser.screenshot(page, "lifecycle-token" + suffix);
                }
            }
        }
    }

    @Test
    void aVisitorRenewsACloudCertificateWithoutLoginAfterProvingPossessionWithItsSigningPin() {
        jdbc.update("insert into catalog_lifecycle_term (channel_code, service, offered, price_fen, window_days) "
                + "values ('bid-cloud', 'RENEWAL', true, null, 366)");
        try {
            for (boolean phone : List.of(false, true)) {
                for (boolean en : List.of(false, true)) {
                    renewsWithoutLogin(phone, en);
                }
            }
        } finally {
            jdbc.update("delete from catalog_lifecycle_term where channel_code = 'bid-cloud'");
        }
    }

    private void renewsWithoutLogin(boolean phone, boolean en) {
        String mobile = AccountsTestSupport.newMobile();
        String uscc = Identities.uscc();
        UUID account = UUID.randomUUID();
        OrderView order = new ApprovedOrders(orders).cloudOrganization(account, mobile, uscc, "EC_P256");
        Eventually.await("issued", Duration.ofSeconds(30), () -> orders.get(order.id()).status(),
                s -> s == OrderStatus.COMPLETED);
        String serial = certificates.ofOrder(order.id()).get(0).serialHex();
        new CloudActivation(signingPins, recorder, clock).activate(account, serial, mobile);
        String shot = "lifecycle-query-renew" + (phone ? "-phone" : "-desktop") + (en ? "-en" : "-zh");
        try (BrowserContext context = phone ? browser.newPhoneContext() : browser.newContext()) {
            Page page = context.newPage();
            queryBySubject(page, uscc, mobile, en);
            page.locator("tr[data-serial='" + serial + "'] a[data-action=RENEW]").click();
            // the key proves possession first: a wrong signing PIN is named and starts nothing
            page.locator("#agreementAccepted").check();
            page.locator("#pin").fill("111111");
            page.locator("#start").click();
            assertThat(page.locator(".field.invalid .error")).containsText(en ? "4 tries left" : "还可尝试 4 次");
            assertThat(page.locator("body")).not().containsText("??");
            Browser.screenshot(page, shot + "-pin");
            page.locator("#agreementAccepted").check();
            page.locator("#pin").fill(CloudActivation.PIN);
            page.locator("#start").click();
            assertThat(page.locator("#sms-sent")).containsText(masked(mobile));
            page.locator("#smsCode").fill(recorder.codeFor(mobile));
            page.locator("#sign").click();
            assertThat(page.locator("#login-to-pay")).isVisible();
            Browser.screenshot(page, shot + "-done");
        }
        org.assertj.core.api.Assertions.assertThat(orders.ofAccount(account))
                .anySatisfy(o -> org.assertj.core.api.Assertions.assertThat(o.type())
                        .isEqualTo(com.certhall.orders.OrderType.RENEWAL));
    }

    @Test
    void aCloudCertificateHasNoUnlockButSaysWhereItsPinIsReset() {
        UUID account = UUID.randomUUID();
        OrderView order = new ApprovedOrders(orders).cloudOrganization(account,
                AccountsTestSupport.newMobile(), Identities.uscc(), "EC_P256");
        Eventually.await("issued", Duration.ofSeconds(30), () -> orders.get(order.id()).status(),
                s -> s == OrderStatus.COMPLETED);
        String serial = certificates.ofOrder(order.id()).get(0).serialHex();
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, account);
            page.navigate(browser.url("/certificates/" + serial + "/unlock?lang=zh_CN"));
            assertThat(page.locator("#unlock-cloud")).containsText("云签名服务");
            assertThat(page.locator("#unlock-form")).hasCount(0);
            Browser.screenshot(page, "lifecycle-unlock-cloud-desktop-zh");
        }
    }

    private static String masked(String mobile) {
        return mobile.substring(0, 3) + "****" + mobile.substring(7);
    }

    /** The public certificate query: the subject's code, the captcha, then the SMS code sent to its mobile. */
    private void queryBySubject(Page page, String uscc, String mobile, boolean en) {
        page.navigate(browser.url("/certificate-query?lang=" + (en ? "en" : "zh_CN")));
        page.locator("#subjectCode").fill(uscc);
        page.locator("#captchaAnswer").fill(captchaAnswer(page));
        page.locator("#query-start button[type=submit]").click();
        page.locator("#query-send").click();
        page.locator("#smsCode").fill(recorder.codeFor(mobile));
        page.locator("#query-submit").click();
    }

    private String captchaAnswer(Page page) {
        String id = page.locator("[data-captcha-id]").inputValue();
        return captchas.answerFor(UUID.fromString(id)).orElseThrow();
    }

    private Page signedIn(BrowserContext context, UUID account) {
        return Browser.applicantPage(context, browser.url(""), account);
    }
}
