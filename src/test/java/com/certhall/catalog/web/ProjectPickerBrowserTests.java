package com.certhall.catalog.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.WebIntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Chromium: the project picker's A–Z index and live search narrow the list, and a channel's page shows its
 * products, materials, flow, help and agreement; on a phone as well. Screenshots go to target/screenshots.
 */
@ExtendWith(Chromium.class)
@WebIntegrationTest
class ProjectPickerBrowserTests {

    Browser browser;

    @Test
    void lettersAndSearchNarrowTheProjectsAndADetailPageShowsTheRules(Page page) {
        page.navigate(browser.url("/"));
        page.locator("a.button.primary[href='/apply']").click();
        assertThat(page.locator("h1")).hasText("选择证书应用项目");
        Locator cards = page.locator(".channel-card");
        assertThat(cards).hasCount(6);
        assertThat(page.locator(".letters span.off", new Page.LocatorOptions().setHasText("B"))).isVisible();
        Browser.screenshot(page, "catalog-01-picker");

        page.locator(".letters a[data-letter='G']").click();
        assertThat(cards).hasCount(2);
        assertThat(page.locator(".letters a.active")).hasText("G");
        assertThat(page).hasURL(browser.url("/apply?letter=G"));
        Browser.screenshot(page, "catalog-02-letter-g");

        page.locator(".letters a[data-letter='all']").click();
        assertThat(cards).hasCount(6);
        page.locator("#q").fill("煤炭");
        assertThat(cards).hasCount(1);
        assertThat(cards.first()).hasAttribute("data-code", "coal-trade");
        Browser.screenshot(page, "catalog-03-search");

        page.locator("#q").fill("没有的项目");
        assertThat(page.locator("#results .alert")).isVisible();
        page.locator("#q").fill("供应链");
        assertThat(cards).hasCount(1);
        cards.first().locator("a.button").click();

        assertThat(page).hasURL(browser.url("/apply/scf-chain"));
        assertThat(page.locator("h1")).hasText("供应链金融云链证书项目");
        assertThat(page.locator("tr[data-product='enterprise']")).containsText("¥200.00");
        assertThat(page.locator("tr[data-product='enterprise']")).containsText("1–5 年");
        assertThat(page.locator(".steps li")).hasText(new String[] {"在线填写并提交", "支付", "审核", "制证发放"});
        assertThat(page.locator("table.materials")).containsText("经办人授权书");
        assertThat(page.locator(".channel-detail")).containsText("企业对公打款认证");
        assertThat(page.locator("#agreement")).containsText("数字证书服务协议");
        assertThat(page.locator("a.start")).hasAttribute("href", "/login?next=/apply/scf-chain/start");
        page.locator(".faq summary").first().click();
        assertThat(page.locator(".faq details p").first()).isVisible();
        Browser.screenshot(page, "catalog-04-detail");
    }

    @Test
    void phoneAndEnglishPagesStayReadable(Browser browser) {
        Page page = browser.newPhoneContext().newPage();
        page.navigate(browser.url("/apply"));
        assertThat(page.locator(".channel-card")).hasCount(6);
        Browser.screenshot(page, "catalog-05-phone-picker");
        page.navigate(browser.url("/apply/coal-trade"));
        assertThat(page.locator(".alert.warn")).containsText("煤炭交易在线平台");
        assertThat(page.locator("table.materials")).containsText("1 MB");
        Browser.screenshot(page, "catalog-06-phone-detail");
        page.navigate(browser.url("/apply/bid-cloud?lang=en"));
        assertThat(page.locator(".steps li")).hasText(new String[] {"Fill in and submit online", "Payment",
                "Review", "Issuance"});
        assertThat(page.locator("table.products")).containsText("Cloud certificate");
        Browser.screenshot(page, "catalog-07-phone-english");
    }
}
