package com.certhall.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium as one test sees it: the browser {@link Chromium} started once for the run; each
 * {@link #newContext()} is an independent user with its own cookies, closed after the test. Screenshots go to
 * {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private final com.microsoft.playwright.Browser browser;
    private final Supplier<String> base;
    private final List<BrowserContext> contexts = new ArrayList<>();

    Browser(com.microsoft.playwright.Browser browser, Supplier<String> base) {
        this.browser = browser;
        this.base = base;
    }

    /** The address of {@code path} on the server under test. */
    public String url(String path) {
        return base.get() + path;
    }

    /** Signs the context in through the sandbox test login (it keeps the user in the session); returns it. */
    public BrowserContext signedIn(BrowserContext context, Object user, String roles) {
        assertThat(context.request().get(url("/sandbox/test-login?user=" + user + "&roles=" + roles)).ok())
                .as("test login of " + user).isTrue();
        return context;
    }

    /** A new desktop context signed in as the applicant {@code account}. */
    public BrowserContext applicant(UUID account) {
        return signedIn(newContext(), account, "APPLICANT");
    }

    /** A new phone context signed in as the applicant {@code account}. */
    public BrowserContext applicantPhone(UUID account) {
        return signedIn(newPhoneContext(), account, "APPLICANT");
    }

    public BrowserContext newContext() {
        return opened(browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("zh-CN").setViewportSize(1280, 900)));
    }

    public BrowserContext newPhoneContext() {
        return opened(browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("zh-CN").setViewportSize(390, 844).setIsMobile(true).setHasTouch(true)));
    }

    private BrowserContext opened(BrowserContext context) {
        contexts.add(context);
        return context;
    }

    /** A new page of the context, signed in as an applicant through the sandbox test login of the server at base. */
    public static Page applicantPage(BrowserContext context, String base, UUID account) {
        Page page = context.newPage();
        page.navigate(base + "/sandbox/test-login?user=" + account + "&roles=APPLICANT");
        return page;
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", name + ".png")));
    }

    /** Closes the contexts this test opened (closing one twice is harmless); the browser stays up for the next. */
    @Override
    public void close() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }
}
