package com.certhall.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Playwright driving Debian's Chromium (never a downloaded browser). One instance per test class; each
 * {@link #newContext()} is an independent user with its own cookies. Screenshots go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Path chromium) {
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic")));
    }

    /** Starts Chromium, or skips (locally) / fails (CI) when it is not installed. */
    public static Browser start() {
        return new Browser(TestEnvironment.requireChromium());
    }

    public BrowserContext newContext() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("zh-CN").setViewportSize(1280, 900));
    }

    public BrowserContext newPhoneContext() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("zh-CN").setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", name + ".png")));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
