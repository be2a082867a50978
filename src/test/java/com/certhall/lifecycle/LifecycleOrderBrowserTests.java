package com.certhall.lifecycle;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.TestClock;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14 in Chromium, a signed-in holder of a cloud certificate: "我的证书" lists what the certificate allows and why
 * not ("可于 … 起更新"); once the channel's window is open the holder renews it (nothing changed: the signing PIN
 * as proof of possession of the key, a wrong one refused, then only the SMS signature, no review), and the new certificate replaces the old one; then revokes the new one with a reason from
 * the list, confirmed by SMS, revoked at once. Pages photographed: {@code target/screenshots/lifecycle-orders-*}.
 */
@ExtendWith(Chromium.class)
@KnownPortIntegrationTest
class LifecycleOrderBrowserTests {

    Browser browser;

    @Autowired
    OrderManagement orders;
    @Autowired
    CertificateManagement certificates;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    com.certhall.signing.domain.SigningPins signingPins;
    @Autowired
    CertificateHolders holders;
    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate http;

    @AfterEach
    void channelTermsBack() {
        jdbc.update("delete from catalog_lifecycle_term where channel_code in ('bid-cloud', 'plateau-trade')");
    }

    @Test
    void theHolderRenewsAndThenRevokesACertificate() {
        UUID account = UUID.randomUUID();
        String mobile = AccountsTestSupport.newMobile();
        OrderView origin = new ApprovedOrders(orders).cloudOrganization(account, mobile, Identities.uscc(),
                "EC_P256");
        Eventually.await("issued", Duration.ofSeconds(30), () -> orders.get(origin.id()).status(),
                s -> s == OrderStatus.COMPLETED);
        String first = certificates.ofOrder(origin.id()).get(0).serialHex();
        String from = certificates.owned(first, account).renewableFrom().toString();
        String row = "tr[data-serial='" + first + "']";
        for (boolean phone : List.of(false, true)) {
            for (boolean english : List.of(false, true)) {
                try (BrowserContext context = phone ? browser.newPhoneContext() : browser.newContext()) {
                    Page page = signedIn(context, account);
                    page.navigate(browser.url("/certificates?lang=" + (english ? "en" : "zh_CN")));
                    assertThat(page.locator(row + " .unavailable .action-RENEW")).hasText(english
                            ? "Renew: Can be renewed from " + from : "证书更新：可于 " + from + " 起更新");
                    assertThat(page.locator(row + " .unavailable .action-UNLOCK")).containsText(english
                            ? "Only UKEY" : "仅 UKEY");
                    assertThat(page.locator(row + " a.action-REVOKE")).isVisible();
                    assertThat(page.locator(row + " a.action-RENEW")).hasCount(0);
                    assertThat(page.locator("body")).not().containsText("??");
                    Browser.screenshot(page, "lifecycle-orders-certificates" + (phone ? "-phone" : "-desktop")
                            + (english ? "-en" : "-zh"));
                }
            }
        }

        jdbc.update("insert into catalog_lifecycle_term (channel_code, service, offered, price_fen, window_days) "
                + "values ('bid-cloud', 'RENEWAL', true, null, 366)");
        new CloudActivation(signingPins, recorder, clock).activate(account, first, mobile);
        String second;
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, account);
            page.navigate(browser.url("/certificates?lang=zh_CN"));
            page.locator(row + " a.action-RENEW").click();
            assertThat(page.locator("h1")).hasText("证书更新");
            Browser.screenshot(page, "lifecycle-orders-renewal-desktop-zh");
            page.locator("#start").click();
            assertThat(page.locator(".field.invalid .error")).isVisible();
            // a cloud certificate's renewal proves possession of its key with the signing PIN: a wrong one is named
            page.locator("#agreementAccepted").check();
            page.locator("#pin").fill("111111");
            page.locator("#start").click();
            assertThat(page.locator(".field.invalid .error")).containsText("还可尝试 4 次");
            Browser.screenshot(page, "lifecycle-orders-renewal-pin-desktop-zh");
            assertThat(orders.ofAccount(account).stream().filter(o -> o.type() == OrderType.RENEWAL)).isEmpty();
            page.locator("#agreementAccepted").check();
            page.locator("#pin").fill(CloudActivation.PIN);
            page.locator("#start").click();
            OrderId renewal = orderIn(page.url());
            page.navigate(browser.url("/orders/" + renewal + "/sign?lang=zh_CN"));
            page.locator("#send-code").click();
            assertThat(page.locator("#code-sent")).isVisible();
            page.locator("#smsCode").fill(recorder.codeFor(mobile));
            page.locator("#agreementAccepted").check();
            page.locator("#submit").click();
            assertThat(page).hasURL(Pattern.compile(".*/orders/" + renewal + "/submitted.*"));
            assertThat(orders.get(renewal).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
            assertThat(orders.details(renewal).history()).extracting(m -> m.action())
                    .contains("autoApprove");
            // the payment itself is the payments module's (its journeys walk the cashier); it reports it here
            orders.markPaid(renewal, "system:payments");
            Eventually.await("renewed", Duration.ofSeconds(30), () -> orders.get(renewal).status(),
                    s -> s == OrderStatus.COMPLETED);
            second = certificates.ofOrder(renewal).get(0).serialHex();
            assertThat(certificates.get(first).status()).isEqualTo(HeldStatus.REVOKED);

            page.navigate(browser.url("/certificates?lang=zh_CN"));
            assertThat(page.locator(row + " .status")).hasText("已吊销");
            // one reason said once for all the services it refuses, not once per service
            assertThat(page.locator(row + " .unavailable .action-RENEW")).hasText(
                    "证书更新、信息变更、证书补办、UKEY 解锁、证书注销：证书已吊销，不能再办理业务");
            assertThat(page.locator(row + " .unavailable li")).hasCount(1);
            Locator fresh = page.locator("tr[data-serial='" + second + "']");
            assertThat(fresh.locator(".status")).hasText("有效");
            fresh.locator("a.action-REVOKE").click();
            assertThat(page.locator("h1")).hasText("证书注销");
            page.locator("#agreementAccepted").check();
            page.locator("#start").click();
            assertThat(page.locator("#reason")).isVisible();
            assertThat(page.locator(".field.invalid .error")).containsText("吊销原因");
            page.locator("#reason").selectOption("KEY_COMPROMISE");
            page.locator("#agreementAccepted").check();
            Browser.screenshot(page, "lifecycle-orders-revocation-desktop-zh");
            page.locator("#start").click();
            OrderId revocation = orderIn(page.url());
            clock.advance(Duration.ofSeconds(61)); // one SMS a minute to the handler
            page.locator("#send-code").click();
            page.locator("#smsCode").fill(recorder.codeFor(mobile));
            page.locator("#agreementAccepted").check();
            page.locator("#submit").click();
            assertThat(page).hasURL(Pattern.compile(".*/orders/" + revocation + "/submitted.*"));
            assertThat(orders.get(revocation).status()).isEqualTo(OrderStatus.COMPLETED);
            assertThat(certificates.get(second).status()).isEqualTo(HeldStatus.REVOKED);
            page.navigate(browser.url("/certificates?lang=zh_CN"));
            assertThat(fresh.locator(".status")).hasText("已吊销");
            assertThat(fresh.locator("a[class*='action-']")).hasCount(0);
        }
        try (BrowserContext context = browser.newPhoneContext()) {
            Page page = signedIn(context, account);
            page.navigate(browser.url("/certificates/" + second + "/revocation?lang=en"));
            assertThat(page.locator("#not-available")).hasText("The certificate is revoked; nothing more can be "
                    + "done with it");
            Browser.screenshot(page, "lifecycle-orders-revoked-phone-en");
        }
    }

    @Test
    void aUkeyRenewalAsksForTheTokenPinAndTheTokenSignsTheChallenge() {
        UUID account = UUID.randomUUID();
        String mobile = AccountsTestSupport.newMobile();
        HeldCertificateView cert = holders.ukey(account, mobile);
        jdbc.update("insert into catalog_lifecycle_term (channel_code, service, offered, price_fen, window_days) "
                + "values ('plateau-trade', 'RENEWAL', true, null, 366)");
        String pin = new UkeyPossession(http).pin(mobile, cert.orderNumber());
        String row = "tr[data-serial='" + cert.serialHex() + "']";
        try (BrowserContext context = browser.newPhoneContext()) {
            Page page = signedIn(context, account);
            page.navigate(browser.url("/certificates/" + cert.serialHex() + "/orders/RENEWAL?lang=en"));
            assertThat(page.locator("label[for=pin]")).hasText("UKEY PIN");
            assertThat(page.locator("body")).not().containsText("??");
            Browser.screenshot(page, "lifecycle-orders-renewal-ukey-phone-en");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, account);
            page.navigate(browser.url("/certificates?lang=zh_CN"));
            page.locator(row + " a.action-RENEW").click();
            assertThat(page.locator("label[for=pin]")).hasText("UKEY 口令");
            // a wrong PIN costs one of the token's tries and starts nothing
            page.locator("#agreementAccepted").check();
            page.locator("#pin").fill(pin.equals("000000") ? "000001" : "000000");
            page.locator("#start").click();
            assertThat(page.locator(".field.invalid .error")).containsText("UKEY 还可尝试 4 次");
            Browser.screenshot(page, "lifecycle-orders-renewal-ukey-desktop-zh");
            assertThat(orders.ofAccount(account).stream().filter(o -> o.type() == OrderType.RENEWAL)).isEmpty();
            page.locator("#agreementAccepted").check();
            page.locator("#pin").fill(pin);
            page.locator("#start").click();
            OrderId renewal = orderIn(page.url());
            assertThat(orders.get(renewal).type()).isEqualTo(OrderType.RENEWAL);
            assertThat(orders.get(renewal).certificateSerial()).isEqualTo(cert.serialHex());
        }
    }

    private static OrderId orderIn(String url) {
        Matcher m = Pattern.compile("/orders/([0-9a-f-]{36})").matcher(url);
        assertThat(m.find()).as(url).isTrue();
        return new OrderId(UUID.fromString(m.group(1)));
    }

    private Page signedIn(BrowserContext context, UUID account) {
        return Browser.applicantPage(context, browser.url(""), account);
    }
}
