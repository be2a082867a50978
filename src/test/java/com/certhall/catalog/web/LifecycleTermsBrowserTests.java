package com.certhall.catalog.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.WebIntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Chromium, at desktop and phone size, in Chinese and English: the channel administrator's lifecycle terms page
 * (证书服务) names a refused renewal window next to its field and keeps what was typed. Screenshots
 * {@code target/screenshots/catalog-lifecycle-terms-*}.
 */
@ExtendWith(Chromium.class)
@WebIntegrationTest
class LifecycleTermsBrowserTests {

    @Test
    void theTermsPageNamesABadWindowInBothLanguages(Browser browser) {
        for (boolean phone : List.of(false, true)) {
            for (boolean en : List.of(false, true)) {
                String shot = "catalog-lifecycle-terms" + (phone ? "-phone" : "-desktop") + (en ? "-en" : "-zh");
                try (BrowserContext context = phone ? browser.newPhoneContext() : browser.newContext()) {
                    Page page = context.newPage();
                    page.navigate(browser.url("/sandbox/test-login?user=terms&roles=STAFF,CHANNEL_ADMIN"));
                    page.navigate(browser.url("/admin/channels/health-esign/lifecycle-terms?lang="
                            + (en ? "en" : "zh_CN")));
                    assertThat(page.locator("h1")).hasText(en ? "Certificate services" : "证书服务");
                    assertThat(page.locator("#term-RENEWAL input[name=renewalOffered]")).isChecked();
                    Browser.screenshot(page, shot);
                    page.locator("#renewalWindowDays").fill("400");
                    page.locator("#lifecycle-terms-form button[type=submit]").click();
                    assertThat(page.locator("#term-RENEWAL .field.invalid .error"))
                            .containsText(en ? "1 to 366" : "1–366");
                    assertThat(page.locator("#renewalWindowDays")).hasValue("400");
                    assertThat(page.locator("body")).not().containsText("??");
                    Browser.screenshot(page, shot + "-refused");
                }
            }
        }
    }
}
