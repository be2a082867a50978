package com.certhall.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium as one test sees it: the browser {@link Chromium} started once for the run; each
 * {@link #newContext()} is an independent user with its own cookies, closed after the test. Screenshots go to
 * {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private final com.microsoft.playwright.Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    Browser(com.microsoft.playwright.Browser browser) {
        this.browser = browser;
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
