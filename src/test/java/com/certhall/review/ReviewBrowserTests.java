package com.certhall.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.support.Browser;
import com.certhall.support.Chromium;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reviewer in Chromium: logs in at the staff login, filters the queue, opens an order with its materials beside
 * its data, rejects it with a standard reason, and approves it after the applicant resubmitted.
 */
@ExtendWith(Chromium.class)
class ReviewBrowserTests extends ReviewTestBase {

    Browser browser;

    @Autowired
    OrderManagement orders;

    @Test
    void aReviewerRejectsWithAStandardReasonThenApprovesTheResubmittedOrder() {
        OrderId id = anOrder().inReview();
        rounds(id, 1);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(browser.url("/admin/login"));
            accounts.signIn(page, "#staff-login", "reviewer", "Sandbox-2026!");
            assertThat(page).hasURL(Pattern.compile(".*/admin(\\?continue)?$"));

            page.navigate(browser.url("/admin/reviews"));
            page.selectOption("#filter-channel", "zy-interop");
            page.selectOption("#filter-reason", "paperNeedsEyes");
            page.click(".review-filters button[type=submit]");
            assertThat(page).hasURL(Pattern.compile(".*channel=zy-interop.*"));
            assertThat(page.locator("#task-" + id)).containsText("审核测试科技有限公司");
            assertThat(page.locator("#task-" + id)).containsText("需人工核对签章材料");
            Browser.screenshot(page, "review-queue");

            page.click("#task-" + id + " a");
            assertThat(page).hasURL(Pattern.compile(".*/admin/reviews/" + id + "$"));
            assertThat(page.locator("#subject-name")).hasText("审核测试科技有限公司");
            assertThat(page.locator("#check-reasons li")).hasCount(1);
            assertThat(page.locator(".review-materials figure")).hasCount(5);
            assertThat(page.locator("#material-BUSINESS_LICENSE iframe")).hasCount(1);
            assertThat(page.locator("#material-ID_FRONT img")).hasCount(1);
            page.waitForFunction("() => Array.from(document.querySelectorAll('.material-image'))"
                    + ".every(i => i.complete && i.naturalWidth > 0)");
            Browser.screenshot(page, "review-order");

            page.selectOption("#reason-choice", new SelectOption().setIndex(2));
            page.click("#reject");
            assertThat(page).hasURL(Pattern.compile(".*/admin/reviews$"));
            assertThat(page.locator(".alert.ok")).containsText("已驳回");
            assertThat(page.locator("#task-" + id)).hasCount(0);
            Browser.screenshot(page, "review-rejected");
            assertThat(orders.get(id).status()).isEqualTo(OrderStatus.REJECTED);
            assertThat(orders.get(id).rejectionReason()).isEqualTo("身份证复印件未加盖公章，请重新上传");
            message(mobile, "驳回原因：身份证复印件未加盖公章");

            resubmit(id);
            rounds(id, 2);
            page.navigate(browser.url("/admin/reviews"));
            assertThat(page.locator("#task-" + id)).containsText("2");
            page.click("#task-" + id + " a");
            assertThat(page.locator("#review-history li")).hasCount(2);
            assertThat(page.locator("#review-history")).containsText("身份证复印件未加盖公章");
            Browser.screenshot(page, "review-resubmitted");
            page.click("#approve");
            assertThat(page.locator(".alert.ok")).containsText("已审核通过");
            assertThat(orders.get(id).approved()).isTrue();
            // review, then pay: the approval asks for the payment and links its page
            assertThat(orders.get(id).status()).isEqualTo(com.certhall.orders.OrderStatus.PENDING_PAYMENT);
            assertThat(String.valueOf(message(mobile, "已经审核通过").get("text")))
                    .contains("请尽快完成支付").contains("/orders/" + id + "/payment");
        }
    }

}
