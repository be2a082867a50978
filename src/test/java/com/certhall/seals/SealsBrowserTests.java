package com.certhall.seals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.catalog.provider.sandbox.SandboxRegistryFixture;
import com.certhall.orders.FacadeOrders;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.Orders;
import com.certhall.seals.domain.SealAdministration;
import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journey of issue 16's seal part in the browser (docs/seals.md "Pages"): a coal-trade organisation orders the
 * e-seal product and sees its seal at the confirmation step, the seal appears under "我的印章", the administrator
 * appoints a seal user (carrier check), grants him the seal and hands the administrator role over with the SMS code
 * the user received; staff see the seal and its administrators. Desktop and phone, Chinese and English.
 */
@ExtendWith(Chromium.class)
@KnownPortIntegrationTest
class SealsBrowserTests {

    @Autowired
    SealHolders holders;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    OrderManagement orders;
    @Autowired
    SandboxRegistryFixture registry;
    @Autowired
    Seals seals;
    @Autowired
    SealAdministration administration;

    @Test
    void anOrganisationOrdersItsSealAppointsAUserAndHandsOverTheAdministratorRole(Browser browser) {
        SealHolders.Holder admin = holders.register();
        String company = "龙城煤炭运销有限公司";
        String uscc = Identities.uscc();
        registry.register("COAL_TRADE", uscc, company);
        FacadeOrders fixture = Orders.anOrder().forAccount(admin.account()).forChannel(SealHolders.CHANNEL)
                .forOrganization(company, uscc).through(orders);
        OrderId order = fixture.organizationDraft(company, uscc, admin.mobile(), "eseal", "SM2");
        BrowserContext desktop = browser.applicant(admin.account());
        BrowserContext phone = browser.applicantPhone(admin.account());

        // the confirmation step shows the seal the order will get
        Page page = desktop.newPage();
        for (String lang : List.of("zh", "en")) {
            page.navigate(browser.url("/orders/" + order.id() + "/confirm?lang=" + lang));
            assertThat(page.locator("#seal-preview h2")).hasText(lang.equals("zh") ? "电子印章预览" : "E-seal preview");
            Object width = page.locator("#seal-preview img").evaluate("img => img.complete && img.naturalWidth");
            assertThat(((Number) width).intValue()).isEqualTo(496);
            Browser.screenshot(page, "seals-confirm-" + lang + "-desktop");
        }

        fixture.submittedOnPaper(order);
        orders.receivePaper(order, "staff:reviewer");
        orders.approve(order, "staff:reviewer");
        orders.markPaid(order, "system:payments");
        Eventually.await("issued", SealHolders.WAIT, () -> orders.get(order).status(),
                s -> s == OrderStatus.COMPLETED || s == OrderStatus.ISSUED);
        SealView seal = Eventually.await("seal made", SealHolders.WAIT, () -> seals.visibleTo(admin.account()),
                l -> !l.isEmpty()).get(0);

        // 我的印章: image, code, status, validity, downloads
        Page mine = phone.newPage();
        for (String lang : List.of("zh", "en")) {
            for (Page p : List.of(page, mine)) {
                p.navigate(browser.url("/seals?lang=" + lang));
                assertThat(p.locator(".seal-card .seal-code")).hasText(seal.esId());
                assertThat(p.locator(".seal-card .seal-status")).hasText(lang.equals("zh") ? "有效" : "Valid");
                Object w = p.locator(".seal-card img").evaluate("img => img.complete && img.naturalWidth");
                assertThat(((Number) w).intValue()).isEqualTo(496);
                Browser.screenshot(p, "seals-mine-" + lang + (p == page ? "-desktop" : "-phone"));
            }
        }
        assertThat(page.locator(".download-seseal")).hasAttribute("href", "/seals/" + seal.id() + "/seseal");

        // the administrator appoints a seal user: a wrong ID number is refused by the carrier check, then added
        SealHolders.Staff user = holders.staff("孙用章");
        page.navigate(browser.url("/seals?lang=zh"));
        page.click("#manage-" + uscc);
        assertThat(page.locator("h1")).hasText("印章管理");
        page.fill("#name", user.name());
        page.fill("#idNumber", Identities.residentId());
        page.fill("#mobile", user.holder().mobile());
        page.click("#add-user-submit");
        assertThat(page.locator(".field.invalid .error")).containsText("运营商核验未通过");
        Browser.screenshot(page, "seals-add-user-refused-zh-desktop");
        page.fill("#idNumber", user.idNumber());
        page.click("#add-user-submit");
        assertThat(page.locator("#seal-done")).hasText("已添加用章人");
        page.click("tr[data-name='" + user.name() + "'] .grant button");
        assertThat(page.locator("#seal-done")).hasText("已授权使用印章");
        assertThat(page.locator("tr[data-name='" + user.name() + "'] .grant button")).hasAttribute("aria-pressed",
                "true");
        assertThat(seals.usableBy(user.holder().account())).extracting(UsableSeal::esId).containsExactly(seal.esId());
        Browser.screenshot(page, "seals-organisation-zh-desktop");
        Page orgPhone = phone.newPage();
        orgPhone.navigate(browser.url("/seals/organisations/" + uscc + "?lang=en"));
        assertThat(orgPhone.locator("h1")).hasText("Seal administration");
        Browser.screenshot(orgPhone, "seals-organisation-en-phone");

        // hand-over: the code goes to the new administrator's phone; he tells it and it is entered here
        page.selectOption("#member", new com.microsoft.playwright.options.SelectOption().setLabel(
                user.name() + " " + user.holder().mobile().substring(0, 3) + "****"
                        + user.holder().mobile().substring(7)));
        page.click("#transfer-send");
        assertThat(page.locator("#transfer-pending")).containsText(user.name());
        page.fill("#smsCode", "000000".equals(recorder.codeFor(user.holder().mobile())) ? "111111" : "000000");
        page.click("#transfer-submit");
        assertThat(page.locator(".field.invalid .error")).isVisible();
        Browser.screenshot(page, "seals-transfer-zh-desktop");
        page.fill("#smsCode", recorder.codeFor(user.holder().mobile()));
        page.click("#transfer-submit");
        assertThat(page.locator("#seal-done")).hasText("印章管理员已转移");
        assertThat(administration.memberships(user.holder().account())).singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo("ADMIN"));
        assertThat(page.locator("#manage-" + uscc)).hasCount(0);

        // staff see the seal and who administers it
        BrowserContext staff = browser.signedIn(browser.newContext(), "seal-staff", "STAFF,REVIEWER");
        Page desk = staff.newPage();
        for (String lang : List.of("zh", "en")) {
            desk.navigate(browser.url("/admin/seals?q=" + uscc + "&uscc=" + uscc + "&lang=" + lang));
            assertThat(desk.locator("tr[data-code='" + seal.esId() + "']")).hasCount(1);
            assertThat(desk.locator("#org-members li")).hasCount(2);
            Browser.screenshot(desk, "seals-admin-" + lang + "-desktop");
        }
    }
}
