package com.certhall.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.Eventually;
import com.certhall.support.TestClock;
import com.certhall.support.WebIntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A person registers in the browser, logs out, logs in with password and with an SMS code, resets the password
 * and locks the account with five wrong passwords. Codes come from the sandbox inbox, captcha answers from the
 * sandbox reveal; screenshots go to target/screenshots.
 */
@ExtendWith(Chromium.class)
@WebIntegrationTest
class AccountPagesBrowserTests {

    static final Pattern CODE = Pattern.compile("[：:]\\s*(\\d{6})");
    Browser browser;

    @Autowired
    AccountsClient accounts;
    @Autowired
    TestClock clock;
    @Autowired
    TestRestTemplate http;

    @Test
    void personRegistersLogsInTwoWaysResetsThePasswordAndGetsSlowedDown() {
        String mobile = AccountsTestSupport.newMobile();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            register(page, mobile);
            loginWithPassword(page, "browser" + mobile.substring(7), "Browser2026");
            assertThat(page.locator("#profile-login")).hasText("browser" + mobile.substring(7));
            assertThat(page.locator("#profile-mobile")).hasText(mobile.substring(0, 3) + "****" + mobile.substring(7));
            Browser.screenshot(page, "accounts-profile");
            logout(page);
            loginWithSms(page, mobile);
            logout(page);
            resetPassword(page, mobile);
            loginWithPassword(page, mobile, "Renewed2026");
            logout(page);
            slowDown(page, mobile);
        }
    }

    @Test
    void staffLogInAtTheirOwnPageWithANewSessionAndSeeTheirConsoles() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(browser.url("/admin"));
            assertThat(page).hasURL(Pattern.compile(".*/admin/login$"));
            String before = sessionId(context);
            accounts.signIn(page, "#staff-login", "auditor", "Sandbox-2026!");
            assertThat(page).hasURL(Pattern.compile(".*/admin(\\?continue)?$"));
            assertThat(sessionId(context)).isNotEqualTo(before);
            // the auditor's consoles: the audit log and the seals' staff view (read-only)
            assertThat(page.locator("#consoles .card")).hasCount(2);
            assertThat(page.locator("#consoles")).containsText("审计日志");
            assertThat(page.locator("#consoles a[href='/admin/seals']")).hasCount(1);
            Browser.screenshot(page, "accounts-staff-home");
            page.navigate(browser.url("/account"));
            assertThat(page.locator("h1")).hasText("403");
        }
    }

    private static String sessionId(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst()
                .orElse("");
    }

    @Test
    void loginPageFitsAPhone(Browser browser) {
        Page page = browser.newPhoneContext().newPage();
        page.navigate(browser.url("/login?tab=sms"));
        assertThat(page.locator("[data-sms-send]")).isVisible();
        Browser.screenshot(page, "accounts-login-sms-phone");
        Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(width.intValue()).isLessThanOrEqualTo(390);
    }

    private void register(Page page, String mobile) {
        page.navigate(browser.url("/register"));
        page.fill("#mobile", mobile);
        String code = sendCode(page, mobile);
        page.fill("#smsCode", code);
        page.fill("#loginName", "browser" + mobile.substring(7));
        page.fill("#realName", "李四");
        page.fill("#email", "browser" + mobile.substring(7) + "@example.com");
        page.fill("#password", "onlyletters");
        page.click("#register-form button[type=submit]");
        assertThat(page.locator(".field.invalid #password")).isVisible();
        assertThat(page.locator("#loginName")).hasValue("browser" + mobile.substring(7));
        assertThat(page.locator("#password")).hasValue("");
        Browser.screenshot(page, "accounts-register-error");
        page.fill("#password", "Browser2026");
        page.click("#register-form button[type=submit]");
        // the same page whether the account was created or its details were taken: the SMS tells which
        assertThat(page).hasURL(Pattern.compile(".*/login\\?registered$"));
        assertThat(page.locator("#registered")).isVisible();
        Browser.screenshot(page, "accounts-registered");
    }

    private void logout(Page page) {
        page.click("header form button[type=submit]");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
    }

    private void loginWithPassword(Page page, String login, String password) {
        page.navigate(browser.url("/login"));
        accounts.signIn(page, "#password-login", login, password);
        assertThat(page).hasURL(Pattern.compile(".*/account$"));
    }

    private void loginWithSms(Page page, String mobile) {
        page.navigate(browser.url("/login"));
        page.click("#tab-sms");
        page.fill("#mobile", mobile);
        page.fill("#smsCode", sendCode(page, mobile));
        Browser.screenshot(page, "accounts-login-sms");
        page.click("#sms-login button[type=submit]");
        assertThat(page).hasURL(Pattern.compile(".*/account$"));
    }

    private void resetPassword(Page page, String mobile) {
        page.navigate(browser.url("/forgot-password"));
        page.fill("#mobile", mobile);
        page.fill("#smsCode", sendCode(page, mobile));
        page.fill("#newPassword", "Renewed2026");
        Browser.screenshot(page, "accounts-forgot-password");
        page.click("#reset-form button[type=submit]");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?reset$"));
    }

    private void slowDown(Page page, String mobile) {
        for (int attempt = 1; attempt <= 6; attempt++) {
            page.navigate(browser.url("/login"));
            accounts.signIn(page, "#password-login", mobile, "Wrong" + attempt + "pass");
            assertThat(page.locator(".alert.err")).isVisible();
        }
        assertThat(page.locator(".alert.err")).containsText("秒后再试");
        assertThat(page.locator(".alert.err")).containsText("短信验证码登录");
        assertThat(page.locator("#login")).hasValue(mobile);
        Browser.screenshot(page, "accounts-throttled");
    }

    /** Fills the captcha, presses "send code" and reads the code from the sandbox inbox. */
    private String sendCode(Page page, String mobile) {
        clock.advance(Duration.ofSeconds(61)); // the previous code to this number was sent moments ago
        int before = messages(mobile).size();
        page.fill("#captchaAnswer", accounts.captchaAnswer(page));
        page.click("[data-sms-send]");
        assertThat(page.locator("[data-sms-status]")).hasText("验证码已发送，5 分钟内有效。");
        assertThat(page.locator("[data-sms-send]")).isDisabled();
        List<Map<String, Object>> inbox = Eventually.await("an SMS code for " + mobile, Duration.ofSeconds(20),
                () -> messages(mobile), list -> list.size() > before);
        Matcher m = CODE.matcher((String) inbox.get(0).get("text"));
        assertThat(m.find()).as("code in " + inbox.get(0)).isTrue();
        return m.group(1);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> messages(String mobile) {
        return List.of(http.getForObject("/sandbox/api/messages?to=" + mobile, Map[].class)).stream()
                .map(m -> (Map<String, Object>) m).filter(m -> CODE.matcher((String) m.get("text")).find()).toList();
    }
}
