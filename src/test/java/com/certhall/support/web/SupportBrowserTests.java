package com.certhall.support.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.OrderApi;
import com.certhall.support.SandboxInbox;
import com.certhall.support.WebIntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The help centre and 在线客服 in Chromium: a visitor searches the questions in Chinese and English; a customer
 * opens the support panel on an order page, a SUPPORT staff member answers at /admin/support and the answer appears
 * in the panel without a reload; a lost-mobile request is approved and the new mobile signs in.
 */
@WebIntegrationTest
@ExtendWith(Chromium.class)
class SupportBrowserTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccountsClient accounts;
    Browser browser;

    @Test
    void aVisitorSearchesTheHelpCentreInChineseAndEnglish() {
        try (BrowserContext desktop = browser.newContext(); BrowserContext phone = browser.newPhoneContext()) {
            Page page = desktop.newPage();
            page.navigate(browser.url("/help?lang=zh_CN"));
            page.fill("#help-q", "收货地址");
            page.click("#help-search button[type=submit]");
            assertThat(page.locator("#faq-results details")).hasCount(1);
            assertThat(page.locator("#faq-results")).containsText("收货地址填错了，需要修改怎么办？");
            assertThat(page.locator("#faq-results .faq-link")).hasAttribute("href", "/orders");
            Browser.screenshot(page, "help-search-zh-desktop");

            page.navigate(browser.url("/help?lang=en"));
            page.selectOption("#help-channel", "scf-chain");
            page.fill("#help-q", "micro-deposit");
            page.click("#help-search button[type=submit]");
            assertThat(page.locator("#faq-results")).containsText("How long is the micro-deposit amount valid?");
            assertThat(page.locator("#help-hotline")).hasText("400-880-9800");
            Browser.screenshot(page, "help-search-en-desktop");

            Page small = phone.newPage();
            small.navigate(browser.url("/help?lang=en&q=PIN"));
            assertThat(small.locator("#faq-results")).containsText("How do I get the certificate PIN?");
            Browser.screenshot(small, "help-search-en-phone");
            small.navigate(browser.url("/help?lang=zh_CN&q=登录"));
            assertThat(small.locator("#faq-results")).containsText("登录页面点登录无响应或登录不上怎么办？");
            Browser.screenshot(small, "help-search-zh-phone");
            small.click("#help-unsolved");
            assertThat(small).hasURL(Pattern.compile(".*/support\\?from=.*"));
            assertThat(small.locator("#support-contact-code")).isVisible();
            Browser.screenshot(small, "support-visitor-zh-phone");
        }
    }

    @Test
    void aCustomerAsksFromAnOrderPageAndSeesTheStaffAnswerWithoutReloading() {
        String login = "sup" + Long.toString(System.nanoTime(), 36);
        accounts.registerPerson(login);
        String order = new OrderApi(accounts, accounts.token(login, AccountsClient.PASSWORD))
                .create("zy-interop", "ORGANIZATION");
        try (BrowserContext customer = browser.newContext(); BrowserContext staff = browser.newContext()) {
            Page page = customer.newPage();
            signIn(page, "/login", login, AccountsClient.PASSWORD, "#password-login");
            page.navigate(browser.url("/orders/" + order));
            page.click("#support-launcher");
            FrameLocator panel = page.frameLocator("#support-panel iframe");
            assertThat(panel.locator("#support-new-order")).isVisible();
            panel.locator("#support-first").fill("这个订单还缺什么材料？");
            panel.locator("#support-new button[type=submit]").click();
            assertThat(panel.locator("#support-messages")).containsText("这个订单还缺什么材料？");
            assertThat(panel.locator("#support-order a")).hasAttribute("href", "/orders/" + order);
            Browser.screenshot(page, "support-panel-customer-zh-desktop");

            Page desk = staff.newPage();
            signIn(desk, "/admin/login", "support", OrderApi.STAFF_PASSWORD, "#staff-login");
            desk.navigate(browser.url("/admin/support"));
            String id = page.frames().stream().map(com.microsoft.playwright.Frame::url)
                    .map(u -> Pattern.compile("/support/([0-9a-f-]{36})").matcher(u))
                    .filter(java.util.regex.Matcher::find).map(m -> m.group(1)).findFirst().orElseThrow();
            desk.click("#conversation-" + id + " a");
            assertThat(desk.locator("#support-messages")).containsText("这个订单还缺什么材料？");
            assertThat(desk.locator("#customer-orders li.current")).hasCount(1);
            desk.selectOption("#canned", new com.microsoft.playwright.options.SelectOption().setIndex(2));
            assertThat(desk.locator("#staff-text")).hasValue(Pattern.compile(".*还缺少的步骤和材料.*"));
            desk.click("#staff-send");
            assertThat(desk.locator("#assignee")).hasText("support");
            Browser.screenshot(desk, "support-desk-staff-zh-desktop");

            // the customer's panel was not reloaded: the answer arrives by polling
            assertThat(panel.locator("#support-messages li.from-staff")).containsText("还缺少的步骤和材料");
            Browser.screenshot(page, "support-panel-answered-zh-desktop");

            // a screenshot as a file: checked by the documents module, visible on the staff desk
            byte[] png = com.certhall.documents.DocumentSamples.image(com.certhall.documents.DocumentFormat.PNG, 90, 60);
            panel.locator("#support-file").setInputFiles(new FilePayload("报错截图.png", "image/png", png));
            panel.locator("#support-attach button[type=submit]").click();
            assertThat(panel.locator("#support-attachments")).containsText("报错截图.png");
            panel.locator("#support-file").setInputFiles(new FilePayload("note.png", "image/png",
                    "plain text".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            panel.locator("#support-attach button[type=submit]").click();
            assertThat(panel.locator(".alert.err")).isVisible();
            Browser.screenshot(page, "support-panel-attachment-zh-desktop");
            desk.navigate(browser.url("/admin/support/" + id));
            assertThat(desk.locator("#staff-attachments")).containsText("报错截图.png");
            assertThat(desk.locator("#support-messages")).containsText("[附件 / attachment] 报错截图.png");
            Browser.screenshot(desk, "support-desk-attachment-zh-desktop");

            desk.navigate(browser.url("/admin/support?lang=en"));
            assertThat(desk.locator("#support-figures")).containsText("Mean first response");
            assertThat(desk.locator("#fig-answered")).not().hasText("0");
            Browser.screenshot(desk, "support-queue-staff-en-desktop");

            // "咨询此订单" on the order page opens the panel for that order (issue 18)
            page.navigate(browser.url("/orders/" + order));
            assertThat(page.locator("#ask-support")).hasText("咨询此订单");
            Browser.screenshot(page, "order-ask-support-zh-desktop");
            page.click("#ask-support");
            assertThat(page.locator("#support-panel iframe")).hasAttribute("src",
                    "/support?order=" + order + "&embed=1");
            assertThat(page.frameLocator("#support-panel iframe").locator("#support-new-order")).isVisible();
        }
        try (BrowserContext phone = browser.newPhoneContext()) {
            Page small = phone.newPage();
            signIn(small, "/login?lang=en", login, AccountsClient.PASSWORD, "#password-login");
            small.navigate(browser.url("/orders/" + order));
            small.click("#support-launcher");
            assertThat(small).hasURL(Pattern.compile(".*/support\\?from=.*"));
            small.locator("#support-mine a").first().click();
            assertThat(small.locator("#support-messages li.from-staff")).hasCount(1);
            Browser.screenshot(small, "support-conversation-en-phone");

            small.navigate(browser.url("/orders/" + order));
            Browser.screenshot(small, "order-ask-support-en-phone");
            small.click("#ask-support");
            assertThat(small).hasURL(Pattern.compile(".*/support\\?order=" + order + "$"));
            small.fill("#support-first", "Is my order complete?");
            small.click("#support-new button[type=submit]");
            assertThat(small.locator("#support-order a")).hasAttribute("href", "/orders/" + order);
        }
    }

    @Test
    void aLostMobileRequestIsApprovedAndTheNewMobileSignsIn() {
        String login = "mob" + Long.toString(System.nanoTime(), 36);
        accounts.registerPerson(login);
        String newMobile = AccountsTestSupport.newMobile();
        try (BrowserContext holder = browser.newContext(); BrowserContext staff = browser.newContext();
                BrowserContext earlier = browser.newContext()) {
            Page signedIn = earlier.newPage();
            signIn(signedIn, "/login", login, AccountsClient.PASSWORD, "#password-login");
            signedIn.navigate(browser.url("/account"));
            assertThat(signedIn).hasURL(Pattern.compile(".*/account$"));
            Page page = holder.newPage();
            page.navigate(browser.url("/account-recovery/mobile"));
            page.fill("#mc-login", login);
            page.fill("#mc-mobile", newMobile);
            page.fill("#captchaAnswer", accounts.captchaAnswer(page));
            page.click("#mobile-change-code button[type=submit]");
            page.fill("#mc-code", new SandboxInbox(http).awaitCode(newMobile, 0));
            byte[] scan = com.certhall.documents.DocumentSamples.image(com.certhall.documents.DocumentFormat.PNG, 80, 50);
            page.setInputFiles("#mc-idFront", new FilePayload("front.png", "image/png", scan));
            page.setInputFiles("#mc-idBack", new FilePayload("back.png", "image/png", scan));
            Browser.screenshot(page, "mobile-change-form-zh-desktop");
            page.click("#mobile-change button[type=submit]");
            assertThat(page.locator("#mobile-change-done")).containsText(newMobile.substring(0, 3) + "****");

            Page desk = staff.newPage();
            signIn(desk, "/admin/login", "support", OrderApi.STAFF_PASSWORD, "#staff-login");
            desk.navigate(browser.url("/admin/mobile-changes"));
            desk.locator("#mobile-changes tr", new Page.LocatorOptions().setHasText(login)).locator("a").click();
            assertThat(desk.locator(".review-materials figure")).hasCount(2);
            desk.waitForFunction("() => Array.from(document.querySelectorAll('.material-image'))"
                    + ".every(i => i.complete && i.naturalWidth > 0)");
            Browser.screenshot(desk, "mobile-change-review-zh-desktop");
            desk.click("#mc-approve");
            assertThat(desk.locator(".alert.ok")).containsText("已通过");

            // every earlier sign-in ended; the new mobile signs in
            signedIn.navigate(browser.url("/account"));
            assertThat(signedIn).hasURL(Pattern.compile(".*/login.*"));
            Page again = holder.newPage();
            signIn(again, "/login", newMobile, AccountsClient.PASSWORD, "#password-login");
            again.navigate(browser.url("/account"));
            assertThat(again).hasURL(Pattern.compile(".*/account$"));
            assertThat(again.locator("main")).containsText(newMobile.substring(0, 3));
        }
    }

    private void signIn(Page page, String path, String login, String password, String form) {
        page.navigate(browser.url(path));
        accounts.signIn(page, form, login, password);
        page.waitForURL(Pattern.compile("^(?!.*login).*$"));
    }
}
