package com.certhall.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.StaffRole;
import com.certhall.audit.AuditLog;
import com.certhall.orders.OrderView;
import com.certhall.support.AsStaff;
import com.certhall.support.KnownPortIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 11 item 3: finance sees refunds and starts one from its page (before, refunds were API-only and invisible);
 * the same through the admin API. Refunding the only payment of a live order is refused.
 */
@KnownPortIntegrationTest
class RefundPagesTests {

    static final com.certhall.shared.Money PRICE = PaymentFixtures.PRICE;

    @Autowired
    MockMvc mvc;
    @Autowired
    PaymentManagement payments;
    @Autowired
    PaymentFixtures fixtures;
    @Autowired
    TestRestTemplate http;
    @Autowired
    AuditLog audit;

    @Test
    @AsStaff(value = "finance", roles = StaffRole.FINANCE)
    void financeRefundsMoneyThatArrivedForAnOrderPaidOtherwiseAndSeesTheRefund() throws Exception {
        PaymentView unapplied = unappliedPayment();

        mvc.perform(get("/admin/payments"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/payments/" + unapplied.id() + "/refund")));
        mvc.perform(post("/admin/payments/{pid}/refund", unapplied.id().toString()).with(csrf()).param("reason", " "))
                .andExpect(redirectedUrl("/admin/payments"))
                .andExpect(flash().attribute("error", containsString("原因")));
        assertThat(payments.get(unapplied.id()).status()).isEqualTo(PaymentStatus.PAID);

        mvc.perform(post("/admin/payments/{pid}/refund", unapplied.id().toString()).with(csrf())
                        .param("reason", "订单已通过其他方式付款"))
                .andExpect(redirectedUrl("/admin/payments"))
                .andExpect(flash().attribute("done", "退款已发起。"));

        PaymentView refunded = payments.get(unapplied.id());
        assertThat(refunded.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(refunded.refundId()).startsWith("RF");
        assertThat(http.getForObject("/sandbox/api/cashier/" + unapplied.id(), Map.class))
                .containsEntry("status", "TRADE_REFUND");
        mvc.perform(get("/admin/payments"))
                .andExpect(content().string(containsString("id=\"refund-" + unapplied.id() + "\"")))
                .andExpect(content().string(containsString("订单已通过其他方式付款")))
                .andExpect(content().string(containsString(refunded.refundId())));
        assertThat(audit.recent("payments.refundStarted", null, 100)).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo("payment:" + unapplied.id());
            assertThat(e.actor()).contains("finance");
        });
    }

    @Test
    @AsStaff(value = "finance", roles = StaffRole.FINANCE)
    void theOnlyPaymentOfALiveOrderIsNotRefundedAndTheApiSaysWhy() throws Exception {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR, PRICE, "a");
        callback(PaymentFixtures.notification(payment, "4200" + System.nanoTime(), PRICE.fen(), "TRADE_SUCCESS"));
        assertThat(payments.get(payment.id()).status()).isEqualTo(PaymentStatus.PAID);

        mvc.perform(post("/admin/payments/{pid}/refund", payment.id().toString()).with(csrf())
                        .param("reason", "测试"))
                .andExpect(flash().attribute("error", containsString(order.number())));
        mvc.perform(post("/api/v1/admin/payments/{pid}/refund", payment.id().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"测试\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/admin/payments/{pid}/refund", payment.id().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"" + "长".repeat(501) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(payments.get(payment.id()).status()).isEqualTo(PaymentStatus.PAID);

        PaymentView unapplied = unappliedPayment();
        mvc.perform(post("/api/v1/admin/payments/{pid}/refund", unapplied.id().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"重复付款\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUNDED"))
                .andExpect(jsonPath("$.refundReason").value("重复付款"));
        mvc.perform(get("/api/v1/admin/refunds"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.paymentId == '" + unapplied.id() + "')].refundId").exists());
    }

    /** A QR payment whose money arrived after its order was paid by other means: kept paid, for finance. */
    private PaymentView unappliedPayment() {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = payments.start(order.id(), order.accountId(), PaymentMethod.ALIPAY_QR, PRICE, "a");
        fixtures.markPaidDirectly(order.id());
        Map<?, ?> paid = http.postForObject("/sandbox/api/cashier/" + payment.id() + "/pay", null, Map.class);
        return com.certhall.support.Eventually.await("the callback", java.time.Duration.ofSeconds(10),
                () -> payments.get(payment.id()), p -> paid.get("tradeNo").equals(p.providerTransactionId()));
    }

    private void callback(Map<String, String> parameters) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        parameters.forEach(form::add);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        http.postForEntity("/api/v1/payments/callbacks/wechat", new HttpEntity<>(form, headers), String.class);
    }
}
