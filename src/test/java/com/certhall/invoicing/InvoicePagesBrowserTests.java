package com.certhall.invoicing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.CaptchaService;
import com.certhall.invoicing.domain.ManualWorkers;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderView;
import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.KnownPortIntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The invoice block of the order page (status, number, PDF download, sending again) and the public lookup page with
 * captcha and SMS code, in Chromium, desktop and phone, Chinese and English; finance's console, also recording an
 * invoice issued outside CertHall.
 */
@ExtendWith(Chromium.class)
@KnownPortIntegrationTest
class InvoicePagesBrowserTests {

    static final LocatorAssertions.ContainsTextOptions SLOW = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(15_000);

    Browser browser;
    @Autowired
    InvoiceFixtures fixtures;
    @Autowired
    CaptchaService captchas;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    ApplicationContext context;

    @Test
    void theHolderDownloadsTheInvoiceFromTheOrderPageAndFindsItOnTheLookupPage() throws Exception {
        UUID account = UUID.randomUUID();
        String company = "发票页面" + account.toString().substring(0, 6) + "科技有限公司";
        String uscc = Identities.uscc();
        OrderView order = fixtures.orderWithInvoice(account, company, uscc, "pages@example.com");
        InvoiceView issued = fixtures.issue(fixtures.pay(order).id());
        assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);

        try (BrowserContext desktop = browser.newContext(); BrowserContext phone = browser.newPhoneContext()) {
            Page page = signIn(desktop, account);
            page.navigate(browser.url("/orders/" + order.id()));
            assertThat(page.locator("#invoice-block")).containsText("已开票", SLOW);
            assertThat(page.locator("#invoice-block .invoice-number")).hasText(issued.number());
            assertThat(page.locator("#invoice-block")).containsText("¥500.00");
            Browser.screenshot(page, "invoicing-01-order-block");

            Download download = page.waitForDownload(() -> page.click("#invoice-pdf-BLUE"));
            byte[] pdf = Files.readAllBytes(download.path());
            assertThat(download.suggestedFilename()).isEqualTo("dzfp_" + issued.number() + ".pdf");
            assertThat(PdfText.of(pdf)).contains(issued.number(), company, "伍佰圆整");

            page.fill("#redeliver-BLUE", "copy@example.com");
            page.click("#invoice-BLUE form button[type=submit]");
            assertThat(page.locator("#invoice-notice")).containsText("重新发送", SLOW);
            Browser.screenshot(page, "invoicing-02-redelivered");

            page.navigate(browser.url("/orders/" + order.id() + "?lang=en"));
            assertThat(page.locator("#invoice-block")).containsText("Issued", SLOW);
            Browser.screenshot(page, "invoicing-03-order-block-en");
            page.navigate(browser.url("/orders/" + order.id() + "?lang=zh"));

            page.navigate(browser.url("/orders"));
            var row = page.locator("tr[data-order='" + order.number() + "']");
            assertThat(row.locator(".invoice-badge")).containsText("已开票", SLOW);
            assertThat(row.locator(".invoice-badge code")).hasText(issued.number());
            Browser.screenshot(page, "invoicing-03b-my-orders");
            Download fromList = page.waitForDownload(() -> row.locator(".invoice-pdf").click());
            assertThat(fromList.suggestedFilename()).isEqualTo("dzfp_" + issued.number() + ".pdf");
            assertThat(PdfText.of(Files.readAllBytes(fromList.path()))).contains(issued.number(), company);
            Download ofd = page.waitForDownload(() -> row.locator(".invoice-ofd").click());
            assertThat(ofd.suggestedFilename()).isEqualTo("dzfp_" + issued.number() + ".ofd");
            assertThat(OfdPackage.entries(Files.readAllBytes(ofd.path()))).containsKey("OFD.xml");

            Page small = signIn(phone, account);
            small.navigate(browser.url("/orders?lang=en"));
            assertThat(small.locator("tr[data-order='" + order.number() + "'] .invoice-badge")).containsText("Issued",
                    SLOW);
            Browser.screenshot(small, "invoicing-03c-my-orders-phone-en");
            small.navigate(browser.url("/orders/" + order.id() + "?lang=zh"));
            assertThat(small.locator("#invoice-block")).containsText("已开票", SLOW);
            Browser.screenshot(small, "invoicing-04-order-block-phone");

            // QUERY codes to this shared handler may have gone out just now
            fixtures.clock().advance(Duration.ofMinutes(10));
            Page lookup = phone.newPage();
            lookup.navigate(browser.url("/invoices"));
            assertThat(lookup.locator("label[for=taxNumber]")).hasText("纳税人识别号（统一社会信用代码）");
            Browser.screenshot(lookup, "invoicing-05-lookup-phone");
            lookup.fill("#buyerName", company);
            lookup.fill("#taxNumber", uscc);
            lookup.fill("#mobile", InvoiceFixtures.HANDLER_MOBILE);
            String captchaId = lookup.locator("[data-captcha-id]").inputValue();
            lookup.fill("#captchaAnswer", captchas.answerFor(UUID.fromString(captchaId)).orElseThrow());
            lookup.click("[data-sms-send]");
            assertThat(lookup.locator("[data-sms-status]")).containsText("验证码已发送", SLOW);
            lookup.fill("#smsCode", recorder.codeFor(InvoiceFixtures.HANDLER_MOBILE));
            lookup.click("#invoice-lookup button[type=submit]");
            assertThat(lookup.locator("#lookup-results")).containsText(issued.number(), SLOW);
            Browser.screenshot(lookup, "invoicing-06-lookup-found-phone");
            Download found = lookup.waitForDownload(() -> lookup.click("#lookup-results a.lookup-pdf"));
            assertThat(PdfText.of(Files.readAllBytes(found.path()))).contains(issued.number());

            Page english = desktop.newPage();
            english.navigate(browser.url("/invoices?lang=en"));
            assertThat(english.locator("h1")).hasText("Invoice lookup");
            assertThat(english.locator("label[for=taxNumber]")).hasText("Taxpayer number (USCC)");
            Browser.screenshot(english, "invoicing-07-lookup-en");
            english.navigate(browser.url("/invoices?lang=zh"));
            Browser.screenshot(english, "invoicing-08-lookup-zh");

            Page finance = browser.newContext().newPage();
            finance.navigate(browser.url("/sandbox/test-login?user=finance&roles=STAFF,FINANCE"));
            finance.navigate(browser.url("/admin/invoices"));
            assertThat(finance.locator("#row-" + issued.id())).containsText(issued.number());
            assertThat(finance.locator("#row-" + issued.id())).containsText("已开票");
            Browser.screenshot(finance, "invoicing-09-finance-console");
            finance.navigate(browser.url("/sandbox/tax"));
            assertThat(finance.locator("table")).containsText(issued.number());
            Browser.screenshot(finance, "invoicing-10-sandbox-tax");
        }
        // another session, which found nothing, cannot download it
        assertThat(fixtures.http().getForEntity("/invoices/" + issued.id() + "/pdf", String.class)
                .getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void theHolderAsksForATitleCorrectionAndFinanceApprovesItOnTheConsole() {
        UUID account = UUID.randomUUID();
        String company = "更正页面" + account.toString().substring(0, 6) + "科技有限公司";
        OrderView order = fixtures.orderWithInvoice(account, company, Identities.uscc(), "fix@example.com");
        InvoiceView issued = fixtures.issue(fixtures.pay(order).id());
        String corrected = company + "北京分公司";

        try (BrowserContext desktop = browser.newContext(); BrowserContext phone = browser.newPhoneContext()) {
            Page page = signIn(desktop, account);
            page.navigate(browser.url("/orders/" + order.id()));
            assertThat(page.locator("#invoice-block")).containsText("已开票", SLOW);
            page.click("#invoice-BLUE details.invoice-correction summary");
            page.fill("#correction-buyerName", corrected);
            page.fill("#correction-reason", "抬头少写了分公司");
            Browser.screenshot(page, "invoicing-11-correction-form-zh");
            page.click("#correction-submit");
            assertThat(page.locator("#invoice-notice")).containsText("已提交更正申请", SLOW);
            assertThat(page.locator("#invoice-corrections")).containsText("待财务审核");
            assertThat(page.locator("#invoice-BLUE details.invoice-correction")).hasCount(0);
            Browser.screenshot(page, "invoicing-12-correction-requested-zh");

            Page small = signIn(phone, account);
            small.navigate(browser.url("/orders/" + order.id() + "?lang=en"));
            assertThat(small.locator("#invoice-corrections")).containsText("Waiting for finance", SLOW);
            Browser.screenshot(small, "invoicing-13-correction-requested-en-phone");
            small.navigate(browser.url("/orders/" + order.id() + "?lang=zh"));

            Page finance = browser.newContext().newPage();
            finance.navigate(browser.url("/sandbox/test-login?user=finance&roles=STAFF,FINANCE"));
            finance.navigate(browser.url("/admin/invoices?lang=en"));
            assertThat(finance.locator("#corrections")).containsText(corrected);
            Browser.screenshot(finance, "invoicing-14-corrections-console-en");
            finance.navigate(browser.url("/admin/invoices?lang=zh"));
            Browser.screenshot(finance, "invoicing-15-corrections-console-zh");
            finance.click("#corrections .correction-approve");
            assertThat(finance.locator(".alert.ok")).containsText("已同意更正");
            assertThat(finance.locator("#corrections")).hasCount(0);
            assertThat(finance.locator("#invoices")).containsText("红字发票");
            Browser.screenshot(finance, "invoicing-16-correction-approved-zh");
        }
        assertThat(fixtures.invoices().ofOrder(order.id())).hasSize(3);
        assertThat(fixtures.invoices().get(issued.id()).reason()).contains("抬头少写了分公司");
    }

    @Test
    void financeRecordsAnInvoiceIssuedOutsideCertHallOnTheConsole() {
        UUID account = UUID.randomUUID();
        String company = "手工页面" + account.toString().substring(0, 6) + "科技有限公司";
        OrderView order = fixtures.orderWithInvoice(account, company, Identities.uscc(), "manual@example.com");
        InvoiceView blue = fixtures.pay(order);
        ManualWorkers.withoutPlatform(context).runDue();
        String number = "2511" + String.format("%016d", Math.floorMod(account.getMostSignificantBits(),
                10_000_000_000_000_000L));
        FilePayload pdf = new FilePayload("invoice.pdf", "application/pdf", ManualInvoicingTests.PDF);

        try (BrowserContext desktop = browser.newContext(); BrowserContext phone = browser.newPhoneContext()) {
            Page small = phone.newPage();
            small.navigate(browser.url("/sandbox/test-login?user=finance&roles=STAFF,FINANCE"));
            small.navigate(browser.url("/admin/invoices?lang=en"));
            assertThat(small.locator("#row-" + blue.id())).containsText("Awaiting finance");
            Browser.screenshot(small, "invoicing-17-manual-waiting-en-phone");
            Page finance = desktop.newPage();
            finance.navigate(browser.url("/sandbox/test-login?user=finance&roles=STAFF,FINANCE"));
            finance.navigate(browser.url("/admin/invoices?lang=zh"));
            assertThat(finance.locator("#row-" + blue.id())).containsText("待财务开具");
            finance.fill("#row-" + blue.id() + " input[name=invoiceNumber]", number);
            finance.setInputFiles("#row-" + blue.id() + " input[name=pdf]", pdf);
            Browser.screenshot(finance, "invoicing-18-manual-form-zh");
            finance.click("#row-" + blue.id() + " .manual-issue button");
            assertThat(finance.locator(".alert.ok")).containsText("已登记发票号码");
            assertThat(finance.locator("#row-" + blue.id())).containsText(number);
            Browser.screenshot(finance, "invoicing-19-manual-recorded-zh");
        }
        assertThat(fixtures.invoices().get(blue.id()).status()).isEqualTo(InvoiceStatus.ISSUED);
    }

    private Page signIn(BrowserContext context, UUID account) {
        return Browser.applicantPage(context, browser.url(""), account);
    }
}
