package com.certhall.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts Playwright with Debian's Chromium (never a downloaded browser) once per test run and hands each test what
 * it asks for as a parameter: a {@link Page} (in a desktop context of its own), a desktop {@link BrowserContext},
 * or the {@link Browser} to open more users (desktop or phone); a field of type {@link Browser} is set to the test's
 * browser before each test. The {@link Browser} knows the address of the Spring test's server and signs contexts in
 * through the sandbox test login. Everything a test opened is closed after it. Without Chromium the tests are
 * skipped locally and fail in CI ({@link TestEnvironment#requireChromium()}).
 */
public final class Chromium implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Path chromium = TestEnvironment.requireChromium();
        shared(context, chromium);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        Object test = context.getRequiredTestInstance();
        for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == Browser.class) {
                    field.setAccessible(true);
                    field.set(test, browser(context));
                }
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Page.class || type == BrowserContext.class || type == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = browser(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == Browser.class) {
            return browser;
        }
        BrowserContext desktop = browser.newContext();
        return type == Page.class ? desktop.newPage() : desktop;
    }

    /** One Browser per test method, stored in the method's store: JUnit closes it when the method ends. */
    private static Browser browser(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Browser.class,
                k -> new Browser(shared(context, TestEnvironment.requireChromium()).browser, () -> base(context)),
                Browser.class);
    }

    /** The address of the server the Spring test started (asked only when a test wants it). */
    private static String base(ExtensionContext context) {
        return "http://127.0.0.1:" + SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
    }

    private static Shared shared(ExtensionContext context, Path chromium) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Shared.class, k -> new Shared(chromium),
                Shared.class);
    }

    /** The one Playwright and browser of the run; the root store closes it when the run ends. */
    private static final class Shared implements ExtensionContext.Store.CloseableResource {

        final Playwright playwright;
        final com.microsoft.playwright.Browser browser;

        Shared(Path chromium) {
            this.playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run", "--disable-quic")));
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
