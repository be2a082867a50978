package com.certhall.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certhall.accounts.CaptchaService;
import com.certhall.support.Eventually;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/** The running site as the journey's browsers reach it: addresses, captchas, the staff login. */
record Site(String baseUrl, CaptchaService captchas) {

    static final String STAFF_PASSWORD = "Sandbox-2026!";

    String url(String path) {
        return baseUrl + path;
    }

    /** The answer to the captcha on the page (the sandbox reveals it to tests). */
    String captchaAnswer(Page page) {
        return captchas.answerFor(UUID.fromString(page.inputValue("input[name=captchaId]"))).orElseThrow();
    }

    /** Signs a sandbox staff user in at {@code /admin/login}, in its own context; returns the staff home page. */
    Page staffLogin(BrowserContext context, String user) {
        Page page = context.newPage();
        page.navigate(url("/admin/login"));
        page.fill("#login", user);
        page.fill("#password", STAFF_PASSWORD);
        page.fill("#captchaAnswer", captchaAnswer(page));
        page.click("#staff-login button[type=submit]");
        assertThat(page).hasURL(Pattern.compile(".*/admin(\\?continue)?$"));
        return page;
    }

    /** Reloads {@code page} until {@code done} holds (an outcome that appears after a commit). */
    void reloadUntil(Page page, BooleanSupplier done, String description) {
        Eventually.await(description, Duration.ofSeconds(30), () -> {
            page.reload();
            return done.getAsBoolean();
        }, Boolean::booleanValue);
    }

    /** Reloads {@code page} at {@code path} until {@code what} is there (work that appears after a commit). */
    int reloadUntilPresent(Page page, String path, Locator what, String description) {
        return Eventually.await(description, Duration.ofSeconds(60), () -> {
            page.navigate(url(path));
            return what.count();
        }, count -> count > 0);
    }
}
