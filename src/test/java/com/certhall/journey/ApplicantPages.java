package com.certhall.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.support.Browser;
import com.certhall.support.SandboxInbox;
import com.certhall.support.TestClock;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an applicant does on the pages, step by step, reading the codes sent to the phones from the sandbox inbox. */
final class ApplicantPages {

    private final Site site;
    private final SandboxInbox inbox;
    private final TestClock clock;

    ApplicantPages(Site site, SandboxInbox inbox, TestClock clock) {
        this.site = site;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** Registers through {@code /register} with a fresh mobile and signs in; the browser is then signed in. */
    void register(Page page, String login) {
        String mobile = AccountsTestSupport.newMobile();
        page.navigate(site.url("/register"));
        page.fill("#mobile", mobile);
        int before = inbox.count(mobile);
        page.fill("#captchaAnswer", site.captchaAnswer(page));
        page.click("[data-sms-send]");
        assertThat(page.locator("[data-sms-status]")).hasText("验证码已发送，5 分钟内有效。");
        page.fill("#smsCode", inbox.awaitCode(mobile, before));
        page.fill("#loginName", login);
        page.fill("#realName", "林经办");
        page.fill("#email", login + "@example.com");
        page.fill("#password", "Journey2026a");
        page.click("#register-form button[type=submit]");
        // the answer is the same whether or not an account was created (docs/security.md): sign in to see it
        assertThat(page).hasURL(Pattern.compile(".*/login\\?registered$"));
        page.fill("#login", login);
        page.fill("#password", "Journey2026a");
        page.fill("#captchaAnswer", site.captchaAnswer(page));
        page.click("#password-login button[type=submit]");
        assertThat(page).hasURL(Pattern.compile(".*/account$"));
        assertThat(page.locator("#profile-login")).hasText(login);
    }

    /** On {@code /orders/{id}/verify}: the three-factor check of one party, passed with the code sent to him. */
    void passTelecomCheck(Page page, String party, Party person) {
        Locator option = page.locator("[data-party=" + party + "] details[data-method=TELECOM_3F]");
        option.locator("summary").click();
        int before = inbox.count(person.mobile());
        option.locator("button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/verifications/[0-9a-f-]+$"));
        assertThat(page.locator(".verification-case")).containsText(person.mobile().substring(0, 3) + "****");
        String text = inbox.awaitNext(person.mobile(), before, "实名核验");
        Matcher code = Pattern.compile("验证码：(\\d{6})").matcher(text);
        if (!code.find()) {
            throw new AssertionError("no code in: " + text);
        }
        page.fill("#smsCode", code.group(1));
        page.click("#submit-code");
        assertThat(page.locator(".verification-case.passed")).containsText("认证通过");
        Browser.screenshot(page, "journey-04-verified-" + party.toLowerCase(Locale.ROOT));
        page.click("#back-to-verify");
    }

    /** Uploads (or replaces) the material of {@code kind} on the materials step and waits for its thumbnail. */
    static void upload(Page page, String kind, Path file) {
        Locator material = page.locator(".material[data-kind=" + kind + "]");
        material.locator("input[type=file]").setInputFiles(file);
        material.locator("form.upload button").click();
        assertThat(page.locator(".material[data-kind=" + kind + "] img.thumb")).isVisible();
        page.waitForFunction("() => [...document.querySelectorAll('img.thumb')]"
                + ".every(i => i.complete && i.naturalWidth > 0)");
    }

    /** On the sign step: the code sent to the handler, the agreement, submit. */
    void signAndSubmit(Page page, Party handler) {
        assertThat(page).hasURL(Pattern.compile(".*/sign$"));
        int before = inbox.count(handler.mobile());
        // one SMS code per mobile a minute: the handler had one for his identity check moments ago
        clock.advance(Duration.ofSeconds(61));
        page.click("#send-code");
        assertThat(page.locator("#code-sent")).isVisible();
        page.fill("#smsCode", inbox.awaitCode(handler.mobile(), before));
        page.check("#agreementAccepted");
        page.click("#submit");
        assertThat(page).hasURL(Pattern.compile(".*/submitted$"));
    }

    /** Clicks the download link in {@code row} whose address has {@code format}, saving the file as {@code target}. */
    static Path download(Page page, Locator row, String format, Path target) {
        Download download = page.waitForDownload(() -> row.locator("a[href*='format=" + format + "']").click());
        download.saveAs(target);
        return target;
    }
}
