package com.certhall.lifecycle;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13, items 1, 4, 7 and 14 in Chromium: "我的证书" offers no UKEY key and no key of a revoked certificate; the
 * operator ships from {@code /admin/production} seeing recipient, phone, address and a link to the order, with a
 * waybill pasted with spaces (a wrong one is refused naming the expected format); the holder confirms receipt on the
 * order page; the footer leads to the CA page for people and, in the sandbox, to the sandbox index. Every page is
 * photographed at desktop and phone size in Chinese and English: {@code target/screenshots/lifecycle-*}.
 */
@ExtendWith(Chromium.class)
@KnownPortIntegrationTest
class LifecycleBrowserTests {

    Browser browser;

    @Autowired
    OrderManagement orders;
    @Autowired
    ProductionManagement production;
    @Autowired
    CertificateManagement certificates;

    @Test
    void myCertificatesOfferNoUkeyKeyAndNoKeyOfARevokedCertificate() {
        UUID account = UUID.randomUUID();
        OrderView ukey = produced(account, "MAIL");
        OrderView cloud = new ApprovedOrders(orders).cloudOrganization(account,
                AccountsTestSupport.newMobile(), Identities.uscc(), "EC_P256");
        Eventually.await("issued", Duration.ofSeconds(30), () -> orders.get(cloud.id()).status(),
                s -> s == OrderStatus.COMPLETED);
        String ukeySerial = certificates.ofOrder(ukey.id()).get(0).serialHex();
        String cloudSerial = certificates.ofOrder(cloud.id()).get(0).serialHex();
        certificates.revoke(cloudSerial, "SUPERSEDED", "staff:reviewer");

        everywhere("applicant:" + account, "/certificates", "lifecycle-certificates", (page, en) -> {
            Locator ukeyRow = page.locator("tr[data-serial='" + ukeySerial + "']");
            assertThat(ukeyRow.locator("a[href*='format=chain']")).isVisible();
            assertThat(ukeyRow.locator("a.p12")).hasCount(0);
            assertThat(ukeyRow.locator(".key-note")).containsText(en ? "kept on the UKEY" : "私钥保存在 UKEY 中");
            Locator revokedRow = page.locator("tr[data-serial='" + cloudSerial + "']");
            assertThat(revokedRow.locator(".status")).hasText(en ? "Revoked" : "已吊销");
            assertThat(revokedRow.locator("a.p12")).hasCount(0);
            assertThat(page.locator("a.p12")).hasCount(0);
        });
    }

    @Test
    void theOperatorShipsFromTheProductionPage() {
        OrderView order = produced(UUID.randomUUID(), "MAIL");
        String row = "tr[data-order='" + order.number() + "']";
        everywhere("staff:operator", "/admin/production?q=" + order.number(), "lifecycle-production", (page, en) -> {
            assertThat(page.locator(row + " .recipient-address")).hasText("云南省昆明市五华区人民中路 1 号");
            assertThat(page.locator(row + " .recipient-name")).containsText("1");
            assertThat(page.locator(row + " a.order-link")).hasAttribute("href",
                    "/admin/production/" + order.id());
            assertThat(page.locator(row + " select[name=carrier] option").first())
                    .hasText(en ? "SF Express" : "顺丰速运");
        });
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "staff:operator");
            page.navigate(browser.url("/admin/production?lang=zh_CN&q=" + order.number()));
            page.locator(row + " input[name=trackingNumber]").fill("SF 1234 5678");
            page.locator(row + " form.ship button").click();
            assertThat(page.locator("#production-error")).containsText("SF 加 12 或 13 位数字");
            assertThat(page.locator(row + " input[name=trackingNumber]")).hasValue("SF 1234 5678");
            Browser.screenshot(page, "lifecycle-production-refused-desktop-zh");
            String waybill = "SF" + String.format("%012d", Math.floorMod(System.nanoTime(), 1_000_000_000_000L));
            page.locator(row + " input[name=trackingNumber]")
                    .fill(waybill.substring(0, 6) + " " + waybill.substring(6, 10) + " " + waybill.substring(10));
            page.locator(row + " form.ship button").click();
            assertThat(page.locator(".alert.ok")).isVisible();
            assertThat(production.get(order.id()).trackingNumber()).isEqualTo(waybill);
            page.navigate(browser.url("/admin/production/" + order.id()));
            assertThat(page.locator("#address")).hasText("云南省昆明市五华区人民中路 1 号");
            assertThat(page.locator("#production-status")).hasText("已发货");
            assertThat(page.locator("main")).containsText(waybill);
        }
        everywhere("staff:operator", "/admin/production/" + order.id(), "lifecycle-production-order",
                (page, en) -> assertThat(page.locator("#production-status")).hasText(en ? "Shipped" : "已发货"));
    }

    @Test
    void theHolderConfirmsReceiptOnTheOrderPage() {
        UUID account = UUID.randomUUID();
        OrderView order = produced(account, "MAIL");
        production.ship(order.id(), "SF", "SF" + String.format("%012d",
                Math.floorMod(System.nanoTime(), 1_000_000_000_000L)), "staff:operator");
        everywhere("applicant:" + account, "/orders/" + order.id(), "lifecycle-order-shipped", (page, en) -> {
            assertThat(page.locator("#receipt-hint")).isVisible();
            assertThat(page.locator("#confirm-receipt button")).hasText(en ? "Confirm receipt" : "确认收货");
        });
        try (BrowserContext context = browser.newPhoneContext()) {
            Page page = signedIn(context, "applicant:" + account);
            page.navigate(browser.url("/orders/" + order.id() + "?lang=zh_CN"));
            page.locator("#confirm-receipt button").click();
            assertThat(page.locator("#received")).hasText("已确认收货，订单已办结。");
            assertThat(page.locator(".badge.status").first()).hasText("已办结");
            assertThat(page.locator("#confirm-receipt")).hasCount(0);
            Browser.screenshot(page, "lifecycle-order-received-phone-zh");
        }
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void theFooterLeadsToTheCaPageAndTheSandbox() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(browser.url("/?lang=zh_CN"));
            assertThat(page.locator("#footer-sandbox")).hasAttribute("href", "/sandbox");
            page.locator("#footer-repository").click();
            assertThat(page).hasURL(Pattern.compile(".*/pki$"));
            assertThat(page.locator("h1")).hasText("CA 证书与吊销列表");
        }
        everywhere(null, "/pki", "lifecycle-ca-page", (page, en) -> {
            Locator rows = page.locator("table.ca-repository tbody tr");
            assertThat(rows).hasCount(6);
            assertThat(page.locator("tr[data-ca='sm2-root'] a.ca-cert")).hasAttribute("href",
                    Pattern.compile(".*/pki/ca/sm2-root\\.crt$"));
            assertThat(page.locator("tr[data-ca='sm2-issuing'] a.ca-crl")).hasAttribute("href",
                    Pattern.compile(".*/pki/crl/sm2-issuing\\.crl$"));
            assertThat(page.locator("tr[data-ca='ecc-root'] .fingerprint"))
                    .hasText(Pattern.compile("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"));
            assertThat(page.locator("#ocsp-url")).hasText(Pattern.compile(".*/pki/ocsp$"));
            assertThat(page.locator("#footer-sandbox")).isVisible();
        });
    }

    /** A check that may differ by language. */
    interface PageCheck {
        void check(Page page, boolean english);
    }

    /** Opens {@code path} at desktop and phone size, in Chinese and English, checks it and photographs it. */
    private void everywhere(@Nullable String user, String path, String name, PageCheck check) {
        for (boolean phone : List.of(false, true)) {
            for (boolean english : List.of(false, true)) {
                try (BrowserContext context = phone ? browser.newPhoneContext() : browser.newContext()) {
                    Page page = user == null ? context.newPage() : signedIn(context, user);
                    page.navigate(browser.url(path + (path.contains("?") ? "&" : "?") + "lang="
                            + (english ? "en" : "zh_CN")));
                    check.check(page, english);
                    assertThat(page.locator("body")).not().containsText("??");
                    Browser.screenshot(page, name + (phone ? "-phone" : "-desktop") + (english ? "-en" : "-zh"));
                }
            }
        }
    }

    /** {@code applicant:<uuid>} or {@code staff:<role>} through the sandbox test login. */
    private Page signedIn(BrowserContext context, String user) {
        Page page = context.newPage();
        String[] parts = user.split(":");
        String query = parts[0].equals("applicant") ? "user=" + parts[1] + "&roles=APPLICANT"
                : "user=" + parts[1] + "&roles=STAFF," + parts[1].toUpperCase();
        page.navigate(browser.url("/sandbox/test-login?" + query));
        return page;
    }

    private OrderView produced(UUID account, String delivery) {
        OrderView order = new ProductionDesk(orders, production).produced(account,
                AccountsTestSupport.newMobile(), Identities.uscc(), delivery);
        return order;
    }
}
