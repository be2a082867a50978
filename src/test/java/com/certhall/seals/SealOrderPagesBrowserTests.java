package com.certhall.seals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.orders.OrderCommands.SubmitOnPaper;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 印章办理 started from "我的印章" (docs/seals.md "Seal orders"): the administrator opens 补章 on his seal, sees the
 * channel's price and the steps, starts the order (the agreement refused first), which goes on in the order wizard;
 * staff see it in review by its type, and once approved and paid the new seal is in the list. Desktop and phone,
 * Chinese and English.
 */
@ExtendWith(Chromium.class)
@KnownPortIntegrationTest
class SealOrderPagesBrowserTests {

    @Autowired
    SealHolders holders;
    @Autowired
    OrderManagement orders;
    @Autowired
    Seals seals;

    @Test
    void theAdministratorStartsAnAdditionalSealFromHisSealsAndSeesItMade(Browser browser) {
        SealHolders.Holder admin = holders.register();
        SealHolders.Issued issued = holders.issue(admin, "介休煤焦运销有限公司");
        String seal = issued.seal().id().toString();
        BrowserContext desktop = browser.applicant(admin.account());
        BrowserContext phone = browser.applicantPhone(admin.account());
        Page page = desktop.newPage();
        Page mobile = phone.newPage();

        // the buttons under the seal lead to the order page: price, steps in the channel's order (review, then pay)
        for (String lang : List.of("zh", "en")) {
            for (Page p : List.of(page, mobile)) {
                p.navigate(browser.url("/seals?lang=" + lang));
                p.click(".seal-card[data-seal='" + seal + "'] .seal-order-add");
                assertThat(p.locator("h1")).hasText(lang.equals("zh") ? "印章办理：补章" : "Seal services: additional seal");
                assertThat(p.locator("#seal-order-price")).containsText("200.00");
                assertThat(p.locator("#seal-order-steps li")).hasCount(5);
                assertThat(p.locator("#seal-order-steps li").nth(2)).hasAttribute("data-step", "REVIEW");
                assertThat(p.locator("#seal-order-steps li").nth(3)).hasAttribute("data-step", "PAYMENT");
                Browser.screenshot(p, "seals-order-add-" + lang + (p == page ? "-desktop" : "-phone"));
            }
        }
        mobile.navigate(browser.url("/seals/" + seal + "/orders/SEAL_CHANGE?lang=zh"));
        assertThat(mobile.locator("h1")).hasText("印章办理：变章");
        Browser.screenshot(mobile, "seals-order-change-zh-phone");

        // the agreement is asked for by its field, then the order starts and goes on in the wizard
        page.navigate(browser.url("/seals/" + seal + "/orders/SEAL_ADDITION?lang=zh"));
        page.selectOption("#kind", "INVOICE");
        page.click("#start");
        assertThat(page.locator(".field.invalid .error")).hasText("请先阅读并同意服务协议");
        assertThat(page.locator("#kind")).hasValue("INVOICE");
        page.check("#agreementAccepted");
        page.click("#start");
        page.waitForURL(u -> u.contains("/orders/") && !u.contains("/seals/"));
        OrderView order = orders.ofAccount(admin.account()).stream().filter(o -> o.type() == OrderType.SEAL_ADDITION)
                .findFirst().orElseThrow();
        assertThat(orders.totalFen(order.id())).isEqualTo(20_000);
        Browser.screenshot(page, "seals-order-wizard-zh-desktop");

        // on paper here (the REST journey takes the online checks): staff see it in review by its type
        OrderId id = order.id();
        orders.goOffline(id, "applicant:" + admin.account());
        orders.submitOnPaper(new SubmitOnPaper(id, admin.account(), Locale.SIMPLIFIED_CHINESE,
                "applicant:" + admin.account()));
        orders.receivePaper(id, "staff:reviewer");
        BrowserContext staff = browser.signedIn(browser.newContext(), "seal-reviewer", "STAFF,REVIEWER");
        Page desk = staff.newPage();
        for (String lang : List.of("zh", "en")) {
            desk.navigate(browser.url("/admin/reviews/" + id + "?lang=" + lang));
            assertThat(desk.locator(".order-type")).hasText(lang.equals("zh") ? "补章" : "Additional seal");
            Browser.screenshot(desk, "seals-order-review-" + lang + "-desktop");
        }

        orders.approve(id, "staff:reviewer");
        orders.markPaid(id, "system:payments");
        Eventually.await("seal made", SealHolders.WAIT, () -> orders.get(id).status(),
                s -> s == OrderStatus.COMPLETED);
        SealView made = seals.visibleTo(admin.account()).stream().filter(s -> s.kind() == SealKind.INVOICE)
                .findFirst().orElseThrow();
        for (String lang : List.of("zh", "en")) {
            for (Page p : List.of(page, mobile)) {
                p.navigate(browser.url("/seals?lang=" + lang));
                assertThat(p.locator(".seal-card")).hasCount(2);
                assertThat(p.locator(".seal-card[data-seal='" + made.id() + "'] .seal-code")).hasText(made.esId());
                Browser.screenshot(p, "seals-order-made-" + lang + (p == page ? "-desktop" : "-phone"));
            }
        }
    }
}
