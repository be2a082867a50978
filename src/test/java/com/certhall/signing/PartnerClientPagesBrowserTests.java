package com.certhall.signing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.audit.AuditLog;
import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.WebIntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Issue 15 in Chromium: a channel administrator connects a partner platform on the channel's page (合作平台接入) —
 * a refused rate named next to its field with the name kept; the client secret shown once and good at the token
 * endpoint; a reset secret that stops the old one; the rate limit and the webhook URL (its signing secret shown
 * once; a bad URL named); disabling, after which the secret gets no token. Every change is audited. Desktop and
 * phone, Chinese and English: {@code target/screenshots/signing-partner-clients-*}.
 */
@ExtendWith(Chromium.class)
@WebIntegrationTest
class PartnerClientPagesBrowserTests {

    private static final String CHANNEL = "bid-cloud";

    Browser browser;

    @Autowired
    TestRestTemplate http;
    @Autowired
    AuditLog audit;

    @Test
    void aChannelAdminRegistersRotatesLimitsHooksAndDisablesAPartnerClient(Browser browser) {
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "zh_CN");
            assertThat(page.locator("h1")).hasText("合作平台接入");

            // a refused rate is named next to its field; the name stays as typed
            page.locator("#name").fill("渝E招投标平台（测试）");
            page.locator("#scope-orders-read").check();
            page.locator("#new-rate").fill("0");
            page.locator("#create").click();
            assertThat(page.locator("#new-client .field.invalid .error")).containsText("每分钟请求数须在 1 到 6000 之间");
            assertThat(page.locator("#name")).hasValue("渝E招投标平台（测试）");
            assertThat(page.locator("#scope-orders-read")).isChecked();
            assertThat(page.locator("#scope-signing")).isChecked();
            Browser.screenshot(page, "signing-partner-clients-desktop-zh-refused");

            // registered: the secret is shown this once and trades for a token
            page.locator("#new-rate").fill("60");
            page.locator("#create").click();
            String clientId = page.locator("#shown-secret dd code").first().textContent().strip();
            String secret = page.locator("#shown-secret code.secret").textContent().strip();
            assertThat(page.locator("#shown-secret")).containsText("只显示这一次");
            Locator client = page.locator("section.partner-client[data-client='" + clientId + "']");
            assertThat(client.locator(".rate")).hasText("60");
            assertThat(client).containsText("orders:read");
            assertThat(client.locator(".badge")).hasText("启用");
            Browser.screenshot(page, "signing-partner-clients-desktop-zh");
            assertThat(token(clientId, secret)).isEqualTo(200);
            // opened again, the page shows no secret (the answer to the form was the only place it was)
            page.navigate(browser.url("/admin/channels/" + CHANNEL + "/partner-clients?lang=zh_CN"));
            assertThat(page.locator("#shown-secret")).hasCount(0);
            assertThat(page.locator("body")).not().containsText(secret);

            // a new secret: the old one stops
            client.locator("button.rotate").click();
            String rotated = page.locator("#shown-secret code.secret").textContent().strip();
            assertThat(rotated).isNotEqualTo(secret);
            assertThat(token(clientId, secret)).isEqualTo(401);
            assertThat(token(clientId, rotated)).isEqualTo(200);

            // the rate limit: a word is refused next to this client's field, a number is saved
            client.locator("input[name=ratePerMinute]").fill("很多");
            client.locator("button.save-rate").click();
            assertThat(client.locator(".rate-form .field.invalid .error")).containsText("1 到 6000");
            assertThat(client.locator("input[name=ratePerMinute]")).hasValue("很多");
            client.locator("input[name=ratePerMinute]").fill("30");
            client.locator("button.save-rate").click();
            assertThat(client.locator(".rate")).hasText("30");
            assertThat(client.locator(".saved")).isVisible();

            // the webhook URL: a bad one named, a good one saved with its signing secret shown once
            client.locator("input[name=url]").fill("ftp://partner.example/hook");
            client.locator("button.save-webhook").click();
            assertThat(client.locator(".webhook-form .field.invalid .error")).containsText("http 或 https");
            client.locator("input[name=url]").fill("https://partner.example/certhall/hook");
            client.locator("button.save-webhook").click();
            assertThat(page.locator("#shown-secret")).containsText("HMAC-SHA256");
            assertThat(client.locator(".webhook")).hasText("https://partner.example/certhall/hook");

            // disabled: the badge says so, the forms are gone, the secret gets no token
            client.locator("button.revoke").click();
            assertThat(client.locator(".badge")).hasText("已停用");
            assertThat(client.locator("button.rotate")).hasCount(0);
            assertThat(token(clientId, rotated)).isEqualTo(401);
            assertThat(audit.recent("signing.partner.", "", 200)).filteredOn(e -> e.subject()
                    .equals("partner-client:" + clientId)).extracting(e -> e.action())
                    .contains("signing.partner.created", "signing.partner.secretRotated", "signing.partner.rate",
                            "signing.partner.webhook", "signing.partner.revoked");

            // the channel's own page links here; an unknown channel has no such page
            page.navigate(browser.url("/admin/channels/" + CHANNEL));
            page.locator("#partner-clients-link").click();
            assertThat(page.locator("h1")).hasText("合作平台接入");
            assertThat(page.navigate(browser.url("/admin/channels/no-such-channel/partner-clients")).status())
                    .isEqualTo(404);
        }
    }

    @Test
    void thePageReadsInBothLanguagesOnDesktopAndPhone(Browser browser) {
        for (boolean phone : List.of(false, true)) {
            for (boolean en : List.of(false, true)) {
                try (BrowserContext context = phone ? browser.newPhoneContext() : browser.newContext()) {
                    Page page = signedIn(context, en ? "en" : "zh_CN");
                    page.locator("#name").fill(en ? "Bidding platform (test)" : "招投标平台（测试）");
                    page.locator("#create").click();
                    assertThat(page.locator("#shown-secret")).containsText(en ? "shown only this once" : "只显示这一次");
                    assertThat(page.locator("h1")).hasText(en ? "Partner platforms" : "合作平台接入");
                    assertThat(page.locator("#scope-signing")).isChecked();
                    assertThat(page.locator("body")).not().containsText("??");
                    Browser.screenshot(page, "signing-partner-clients" + (phone ? "-phone" : "-desktop")
                            + (en ? "-en" : "-zh") + "-created");
                }
            }
        }
    }

    private Page signedIn(BrowserContext context, String lang) {
        Page page = context.newPage();
        page.navigate(browser.url("/sandbox/test-login?user=partners&roles=STAFF,CHANNEL_ADMIN"));
        page.navigate(browser.url("/admin/channels/" + CHANNEL + "/partner-clients?lang=" + lang));
        return page;
    }

    private int token(String clientId, String secret) {
        return CscClient.token(http, clientId, secret).getStatusCode().value();
    }
}
