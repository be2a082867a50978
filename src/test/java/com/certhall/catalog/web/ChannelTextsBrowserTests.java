package com.certhall.catalog.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.WebIntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13 item 15 in Chromium: a channel admin writes a channel's English name and product name on the channel's
 * texts page (a template with a placeholder the default lacks is refused next to its field); the English picker,
 * channel page and order wizard then read them. Screenshots (desktop and phone, zh and en) go to target/screenshots.
 */
@ExtendWith(Chromium.class)
@WebIntegrationTest
class ChannelTextsBrowserTests {

    private static final String CHANNEL = "health-esign";
    private static final String NAME = "Ankang Hospital E-Signature (edited)";
    private static final String PRODUCT = "Doctors' cloud certificate (edited)";

    Browser browser;

    @RegisterExtension
    final ChannelTextsRestored restored = new ChannelTextsRestored(CHANNEL);

    @Test
    void aChannelAdminWritesEnglishTextsThatEnglishVisitorsRead(Browser browser) {
        Page staff = browser.newContext().newPage();
        staff.navigate(browser.url("/sandbox/test-login?user=texts-admin&roles=STAFF,CHANNEL_ADMIN"));
        staff.navigate(browser.url("/admin/channels/" + CHANNEL));
        staff.locator("#channel-texts-link").click();
        assertThat(staff.locator("h1")).hasText("英文文本与通知模板");
        assertThat(staff.locator("#nameEn")).hasValue("Ankang Medical E-Signature Certificate Project");
        Browser.screenshot(staff, "channel-texts-01-admin-zh");

        staff.locator("#nameEn").fill(NAME);
        staff.locator("#product-0").fill(PRODUCT);
        staff.locator("#templates-6-zh").fill("您的订单 {1} 被驳回：{9}");
        staff.locator("#channel-texts-form button[type=submit]").click();
        assertThat(staff.locator("fieldset[data-template='reviewRejected.sms'] .error"))
                .hasText("中文模板中的占位符 {9} 不在默认模板中；可用的占位符：{0} {1} {2} {4}");
        assertThat(staff.locator("#nameEn")).hasValue(NAME);
        Browser.screenshot(staff, "channel-texts-02-admin-refused");

        staff.locator("#templates-6-zh").fill("您的订单 {1} 被驳回：{4}，请修改：{2}");
        staff.locator("#channel-texts-form button[type=submit]").click();
        assertThat(staff.locator("#saved")).isVisible();
        staff.navigate(browser.url("/admin/channels/" + CHANNEL + "/texts?lang=en"));
        assertThat(staff.locator("h1")).hasText("English texts and notification templates");
        assertThat(staff.locator("#templates-6-zh")).hasValue("您的订单 {1} 被驳回：{4}，请修改：{2}");
        Browser.screenshot(staff, "channel-texts-03-admin-en");

        Page phone = browser.newPhoneContext().newPage();
        phone.navigate(browser.url("/sandbox/test-login?user=texts-admin&roles=STAFF,CHANNEL_ADMIN"));
        phone.navigate(browser.url("/admin/channels/" + CHANNEL + "/texts"));
        assertThat(phone.locator("#product-0")).hasValue(PRODUCT);
        Browser.screenshot(phone, "channel-texts-04-admin-phone-zh");
        phone.navigate(browser.url("/admin/channels/" + CHANNEL + "/texts?lang=en"));
        Browser.screenshot(phone, "channel-texts-05-admin-phone-en");

        Page visitor = browser.newContext().newPage();
        visitor.navigate(browser.url("/apply?lang=en"));
        assertThat(visitor.locator(".channel-card[data-code='" + CHANNEL + "']")).containsText(NAME);
        assertThat(visitor.locator(".channel-card[data-code='coal-trade']"))
                .containsText("Coal Trade Online Certificate Project");
        assertThat(visitor.locator("header .brand-name")).hasText("CertHall Certificate Service Hall");
        Browser.screenshot(visitor, "channel-texts-06-picker-en");
        visitor.navigate(browser.url("/apply/" + CHANNEL));
        assertThat(visitor.locator("h1")).hasText(NAME);
        assertThat(visitor.locator("tr[data-product='doctor-cloud']")).containsText(PRODUCT);
        assertThat(visitor.locator("#agreement")).containsText("Digital Certificate Service Agreement");
        assertThat(visitor.locator(".channel-detail")).containsText("The hospital IT department's group");
        Browser.screenshot(visitor, "channel-texts-07-channel-en");
        visitor.navigate(browser.url("/apply/" + CHANNEL + "?lang=zh-CN"));
        assertThat(visitor.locator("h1")).hasText("安康医疗电子签名证书项目");

        BrowserContext applicantPhone = browser.newPhoneContext();
        Page applicant = applicantPhone.newPage();
        applicant.navigate(browser.url("/sandbox/test-login?user=" + UUID.randomUUID() + "&roles=APPLICANT"));
        applicant.navigate(browser.url("/apply/" + CHANNEL + "/start?lang=en"));
        assertThat(applicant.locator("main p.muted").first()).hasText(NAME);
        assertThat(applicant.locator(".agreement")).containsText("Digital Certificate Service Agreement");
        applicant.locator("#agreementAccepted").check();
        applicant.locator("#start-form button[type=submit]").click();
        assertThat(applicant).hasURL(Pattern.compile(".*/orders/[0-9a-f-]+/.*"));
        assertThat(applicant.locator("main")).containsText(NAME);
        String order = applicant.url().replaceAll(".*/orders/([0-9a-f-]+)/.*", "$1");
        applicant.navigate(browser.url("/orders/" + order + "/product"));
        assertThat(applicant.locator(".product-choice").first()).containsText(PRODUCT);
        Browser.screenshot(applicant, "channel-texts-08-wizard-phone-en");
    }
}
