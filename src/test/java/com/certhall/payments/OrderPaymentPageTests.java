package com.certhall.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.StaffRole;
import com.certhall.orders.OrderCommands;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.orders.Orders;
import com.certhall.support.AsApplicant;
import com.certhall.support.AsStaff;
import com.certhall.support.KnownPortIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The way from "my orders" to paying: {@code /orders/{id}/payment} shows the amount and the channel's methods and
 * starts the chosen payment; finance's page lists the payments received.
 */
@KnownPortIntegrationTest
class OrderPaymentPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderManagement orders;
    @Autowired
    PaymentManagement payments;
    @Autowired
    PaymentFixtures fixtures;
    @Autowired
    BankTransfers transfers;

    @Test
    @AsApplicant(PaymentFixtures.ACCOUNT)
    void theApplicantChoosesAMethodAndLandsOnThePaymentOfTheOrdersTotal() throws Exception {
        OrderView order = pricedOrderAwaitingPayment(PaymentFixtures.ACCOUNT_ID);
        long total = orders.totalFen(order.id());
        assertThat(total).isPositive();

        mvc.perform(get("/orders/{id}/payment", order.id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(order.number())))
                .andExpect(content().string(containsString(com.certhall.shared.Money.ofFen(total).toString())))
                .andExpect(content().string(containsString("value=\"WECHAT_QR\"")))
                .andExpect(content().string(containsString("value=\"BANK_TRANSFER\"")));

        mvc.perform(post("/orders/{id}/payment", order.id().toString()).with(csrf()).param("method", "BOGUS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择支付方式")));
        assertThat(payments.ofOrder(order.id())).isEmpty();

        String location = mvc.perform(post("/orders/{id}/payment", order.id().toString()).with(csrf())
                        .param("method", "WECHAT_QR"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        PaymentView started = payments.ofOrder(order.id()).get(0);
        assertThat(location).isEqualTo("/payments/" + started.id());
        assertThat(started.method()).isEqualTo(PaymentMethod.WECHAT_QR);
        assertThat(started.amount().fen()).isEqualTo(total);
        assertThat(started.status()).isEqualTo(PaymentStatus.CREATED);

        // a second click reopens the same QR
        mvc.perform(post("/orders/{id}/payment", order.id().toString()).with(csrf()).param("method", "WECHAT_QR"))
                .andExpect(redirectedUrl("/payments/" + started.id()));
    }

    @Test
    @AsApplicant(PaymentFixtures.ACCOUNT)
    void anotherAccountsOrderIsNotFoundAndAPaidOrderOffersNothingToPay() throws Exception {
        OrderView theirs = pricedOrderAwaitingPayment(UUID.randomUUID());
        mvc.perform(get("/orders/{id}/payment", theirs.id().toString())).andExpect(status().isNotFound());
        mvc.perform(post("/orders/{id}/payment", theirs.id().toString()).with(csrf()).param("method", "WECHAT_QR"))
                .andExpect(status().isNotFound());
        assertThat(payments.ofOrder(theirs.id())).isEmpty();
        PaymentView theirPayment = payments.start(theirs.id(), theirs.accountId(), PaymentMethod.WECHAT_QR,
                com.certhall.shared.Money.ofFen(orders.totalFen(theirs.id())), "applicant:" + theirs.accountId());
        mvc.perform(get("/payments/{pid}", theirPayment.id().toString())).andExpect(status().isNotFound());

        OrderView mine = pricedOrderAwaitingPayment(PaymentFixtures.ACCOUNT_ID);
        fixtures.markPaidDirectly(mine.id());
        mvc.perform(get("/orders/{id}/payment", mine.id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"not-payable\"")))
                .andExpect(content().string(not(containsString("value=\"WECHAT_QR\""))));
    }

    @Test
    @AsStaff(value = "finance", roles = StaffRole.FINANCE)
    void financeSeesThePaymentsReceived() throws Exception {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView voucher = fixtures.submittedVoucher(payments, order);
        transfers.confirm(voucher.id(), "staff:finance");

        mvc.perform(get("/admin/payments"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"paid-" + voucher.id() + "\"")))
                .andExpect(content().string(containsString("data-order=\"" + order.number() + "\"")))
                .andExpect(content().string(containsString("¥500.00")));
    }

    @Test
    @AsApplicant(PaymentFixtures.ACCOUNT)
    void aConfirmedBankTransferIsALineOfTheOrdersHistory() throws Exception {
        OrderView order = fixtures.orderAwaitingPayment(PaymentFixtures.ACCOUNT_ID);
        PaymentView voucher = fixtures.submittedVoucher(payments, order);
        transfers.confirm(voucher.id(), "staff:finance");

        mvc.perform(get("/orders/{id}", order.id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"history-action\">已确认收款<")));
    }

    /** coal-trade (review, then pay) with one priced product, brought to "waiting for payment" on the paper path. */
    private OrderView pricedOrderAwaitingPayment(UUID account) {
        return fixtures.orderAwaitingPayment(account);
    }
}
