package com.certhall.payments;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.orders.OrderView;
import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.QrCodes;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The applicant's payment page in Chromium: the QR leads a second browser (the payer's phone) to the sandbox
 * cashier; paying there turns the applicant's page into "支付成功" without a reload. Finance sees and confirms a
 * bank-transfer voucher on its page.
 */
@ExtendWith(Chromium.class)
@KnownPortIntegrationTest
class PaymentPageBrowserTests {

    Browser browser;

    @Autowired
    PaymentFixtures fixtures;
    @Autowired
    PaymentManagement payments;

    @Test
    void applicantPageTurnsToPaidWhenThePayerPaysAtTheCashierFromTheQr() throws Exception {
        UUID account = UUID.randomUUID();
        OrderView order = fixtures.orderAwaitingPayment(account);
        PaymentView payment = payments.start(order.id(), account, PaymentMethod.WECHAT_QR, PaymentFixtures.PRICE,
                "applicant:" + account);

        try (BrowserContext applicant = browser.newContext(); BrowserContext phone = browser.newPhoneContext()) {
            Page page = signIn(applicant, account.toString(), "APPLICANT");
            page.navigate(browser.url("/payments/" + payment.id()));
            assertThat(page.locator("#payment-amount")).hasText("¥500.00");
            assertThat(page.locator("img.qr")).isVisible();
            assertThat(page.locator(".countdown")).hasText(java.util.regex.Pattern.compile("\\d{2}:\\d{2}"));
            assertThat(page.locator("#payment-status")).containsText("等待支付");
            page.evaluate("window.__notReloaded = true");
            Browser.screenshot(page, "payments-01-applicant-qr");

            String qrUrl = QrCodes.decodeDataUri(page.locator("img.qr").getAttribute("src"));
            assertThat(qrUrl).isEqualTo(payment.qrContent());

            Page cashier = phone.newPage();
            cashier.navigate(qrUrl);
            assertThat(cashier.locator("#cashier-amount")).hasText("¥500.00");
            assertThat(cashier.locator("#merchant")).not().isEmpty();
            Browser.screenshot(cashier, "payments-02-cashier");
            cashier.locator("#pay").click();
            assertThat(cashier.locator("#trade-status")).hasText("支付成功");
            Browser.screenshot(cashier, "payments-03-cashier-paid");

            assertThat(page.locator("#payment-status")).containsText("支付成功",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
            assertThat(page.locator("img.qr")).hasCount(0);
            assertThat(page.evaluate("window.__notReloaded === true")).isEqualTo(true);
            Browser.screenshot(page, "payments-04-applicant-paid");
        }
        assertThat(payments.get(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(fixtures.order(order.id()).paid()).isTrue();
    }

    @Test
    void applicantUploadsAVoucherAndFinanceConfirmsItOnItsPage() throws Exception {
        UUID account = UUID.randomUUID();
        OrderView order = fixtures.orderAwaitingPayment(account);
        PaymentView payment = payments.start(order.id(), account, PaymentMethod.BANK_TRANSFER, PaymentFixtures.PRICE,
                "applicant:" + account);
        Path voucher = Files.createTempFile("voucher", ".png");
        ImageIO.write(voucherImage(order.number()), "png", voucher.toFile());

        try (BrowserContext applicant = browser.newContext(); BrowserContext finance = browser.newContext()) {
            Page page = signIn(applicant, account.toString(), "APPLICANT");
            page.navigate(browser.url("/payments/" + payment.id()));
            assertThat(page.locator("#payment-bank")).containsText(order.number());
            page.locator("#voucher-file").setInputFiles(voucher);
            page.locator("#payment-bank button[type=submit]").click();
            assertThat(page.locator("#payment-status")).containsText("等待财务确认");
            Browser.screenshot(page, "payments-05-voucher-submitted");

            Page admin = signIn(finance, "finance", "STAFF,FINANCE");
            admin.navigate(browser.url("/admin/payments"));
            assertThat(admin.locator("#voucher-" + payment.id() + " img.voucher-image")).isVisible();
            Browser.screenshot(admin, "payments-06-finance-list");
            admin.locator("#voucher-" + payment.id() + " form[action$='/confirm'] button").click();
            assertThat(admin.locator(".alert.ok")).isVisible();
            assertThat(admin.locator("#voucher-" + payment.id())).hasCount(0);

            assertThat(page.locator("#payment-status")).containsText("支付成功",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
            Browser.screenshot(page, "payments-07-voucher-paid");
        }
        assertThat(fixtures.order(order.id()).paid()).isTrue();
    }

    /** A transfer slip as a bank's receipt printer would make it: white paper, the reference and the amount. */
    private static java.awt.image.BufferedImage voucherImage(String reference) {
        var image = new java.awt.image.BufferedImage(420, 180, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 420, 180);
        g.setColor(new java.awt.Color(0xB0, 0x1E, 0x1E));
        g.drawRect(8, 8, 403, 163);
        g.setColor(java.awt.Color.DARK_GRAY);
        g.setFont(new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.BOLD, 18));
        g.drawString("TRANSFER RECEIPT", 24, 44);
        g.drawString("AMOUNT  CNY 300.00", 24, 90);
        g.drawString("MEMO    " + reference, 24, 130);
        g.dispose();
        return image;
    }

    private Page signIn(BrowserContext context, String user, String roles) {
        Page page = context.newPage();
        page.navigate(browser.url("/sandbox/test-login?user=" + user + "&roles=" + roles));
        return page;
    }
}
