package com.certhall.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.StaffRole;
import com.certhall.orders.OrderView;
import com.certhall.shared.Money;
import com.certhall.support.AsApplicant;
import com.certhall.support.AsStaff;
import com.certhall.support.KnownPortIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The payment API (docs/development.md, "API"): each call, and its refusals as problem details. */
@KnownPortIntegrationTest
class PaymentApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PaymentFixtures fixtures;
    @Autowired
    PaymentManagement payments;

    @Test
    @AsApplicant(PaymentFixtures.ACCOUNT)
    void startsAQrPaymentWithTheQrAsPngAndFollowsIt() throws Exception {
        OrderView order = fixtures.orderAwaitingPayment(PaymentFixtures.ACCOUNT_ID);
        String body = mvc.perform(post("/api/v1/orders/{id}/payments", order.id().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"method\":\"WECHAT_QR\",\"amountFen\":50000}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amountFen").value(50000))
                .andExpect(jsonPath("$.status").value("CREATED"))
                .andExpect(jsonPath("$.qrContent").value(startsWith("http://127.0.0.1:")))
                .andExpect(jsonPath("$.qrImage").value(startsWith("data:image/png;base64,iVBOR")))
                .andExpect(jsonPath("$.expiresAt").exists())
                .andReturn().getResponse().getContentAsString();
        String pid = com.jayway.jsonpath.JsonPath.read(body, "$.paymentId");

        mvc.perform(get("/api/v1/payments/{pid}", pid))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paymentId").value(pid))
                .andExpect(jsonPath("$.orderNumber").value(order.number()));
    }

    @Test
    @AsApplicant(PaymentFixtures.ACCOUNT)
    void bankTransferAnswersWithTheInstructionsAndTakesAVoucher() throws Exception {
        OrderView order = fixtures.orderAwaitingPayment(PaymentFixtures.ACCOUNT_ID);
        String body = mvc.perform(post("/api/v1/orders/{id}/payments", order.id().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"method\":\"BANK_TRANSFER\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("AWAITING_VOUCHER"))
                .andExpect(jsonPath("$.bank.accountName").value("CertHall 数字认证有限公司"))
                .andExpect(jsonPath("$.bank.accountNumber").value("0200049619200088888"))
                .andExpect(jsonPath("$.bank.reference").value(order.number()))
                .andExpect(jsonPath("$.qrContent").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String pid = com.jayway.jsonpath.JsonPath.read(body, "$.paymentId");

        mvc.perform(multipart("/api/v1/payments/{pid}/vouchers", pid)
                        .file(new MockMultipartFile("file", "回单.txt", "image/png", "hello".getBytes())))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("PDF")));
        mvc.perform(multipart("/api/v1/payments/{pid}/vouchers", pid)
                        .file(new MockMultipartFile("file", "回单.png", "image/png", PaymentLifecycleTests.PNG)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("VOUCHER_SUBMITTED"))
                .andExpect(jsonPath("$.voucherUploads").value(1));
    }

    @Test
    @AsApplicant(PaymentFixtures.ACCOUNT)
    void orderNotWaitingForPaymentIsAConflict() throws Exception {
        OrderView order = fixtures.orderAwaitingPayment(PaymentFixtures.ACCOUNT_ID);
        PaymentView paid = payments.start(order.id(), order.accountId(), PaymentMethod.BANK_TRANSFER,
                PaymentFixtures.PRICE, "a");
        payments.refund(order.id(), "x", "x");
        fixtures.markPaidDirectly(order.id());

        mvc.perform(post("/api/v1/orders/{id}/payments", order.id().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"method\":\"ALIPAY_QR\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(order.number())));
        assertThat(payments.ofOrder(order.id())).extracting(PaymentView::id).containsExactly(paid.id());
    }

    @Test
    @AsApplicant(PaymentFixtures.ACCOUNT)
    void anotherAccountsOrderAndPaymentAreNotFound() throws Exception {
        OrderView theirs = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = payments.start(theirs.id(), theirs.accountId(), PaymentMethod.WECHAT_QR,
                PaymentFixtures.PRICE, "a");

        mvc.perform(post("/api/v1/orders/{id}/payments", theirs.id().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"method\":\"WECHAT_QR\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/payments/{pid}", payment.id().toString())).andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/payments/{pid}/vouchers", payment.id().toString())
                        .file(new MockMultipartFile("file", "v.png", "image/png", PaymentLifecycleTests.PNG)))
                .andExpect(status().isNotFound());
    }

    @Test
    @AsApplicant(PaymentFixtures.ACCOUNT)
    void theOrdersOwnTotalIsChargedAndAnotherAmountIsRefused() throws Exception {
        OrderView order = fixtures.orderAwaitingPayment(PaymentFixtures.ACCOUNT_ID);
        mvc.perform(post("/api/v1/orders/{id}/payments", order.id().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"method\":\"WECHAT_QR\",\"amountFen\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amountFen"))
                .andExpect(jsonPath("$.errors[0].code").value("mismatch"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("¥500.00")));
        assertThat(payments.ofOrder(order.id())).isEmpty();
        // without an amount the order's total is charged
        mvc.perform(post("/api/v1/orders/{id}/payments", order.id().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"method\":\"WECHAT_QR\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amountFen").value(50000));
    }

    @Test
    @AsApplicant(PaymentFixtures.ACCOUNT)
    void badMethodAndAmountAreNamed() throws Exception {
        OrderView order = fixtures.orderAwaitingPayment(PaymentFixtures.ACCOUNT_ID);
        mvc.perform(post("/api/v1/orders/{id}/payments", order.id().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"method\":\"CASH\",\"amountFen\":-5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("method"))
                .andExpect(jsonPath("$.errors[0].code").value("oneOf"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("支付方式")))
                .andExpect(jsonPath("$.errors[1].field").value("amountFen"));
        assertThat(payments.ofOrder(order.id())).isEmpty();
    }

    /** The order's answer keeps its payment per node (docs/architecture.md): a new payment is seen at once. */
    @Test
    void theOrderShowsANewPaymentAtOnce() throws Exception {
        UUID account = UUID.randomUUID();
        OrderView order = fixtures.orderAwaitingPayment(account);
        mvc.perform(get("/api/v1/orders/{id}", order.id().toString())
                        .with(com.certhall.support.CallerSecurityContexts.applicant(account)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.payment").doesNotExist());

        PaymentView payment = payments.start(order.id(), account, PaymentMethod.WECHAT_QR, PaymentFixtures.PRICE, "a");

        mvc.perform(get("/api/v1/orders/{id}", order.id().toString())
                        .with(com.certhall.support.CallerSecurityContexts.applicant(account)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.payment.paymentId").value(payment.id().toString()))
                .andExpect(jsonPath("$.payment.status").value("CREATED"));
    }

    @Test
    void theAccountsModulesPrincipalIsUnderstood() throws Exception {
        UUID account = UUID.randomUUID();
        OrderView order = fixtures.orderAwaitingPayment(account);
        PaymentView payment = payments.start(order.id(), account, PaymentMethod.WECHAT_QR, PaymentFixtures.PRICE, "a");
        var user = com.certhall.accounts.AuthenticatedUser.applicant(account, "zhangsan");
        var auth = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                user, null, user.authorities());

        mvc.perform(get("/api/v1/payments/{pid}", payment.id().toString()).with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(auth)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paymentId").value(payment.id().toString()));
    }

    @Test
    @AsApplicant(PaymentFixtures.ACCOUNT)
    void aMethodTheChannelDoesNotTakeIsRefusedByName() throws Exception {
        // bid-cloud (sandbox catalog) takes WeChat Pay and Alipay only
        OrderView order = fixtures.orderAwaitingPayment(PaymentFixtures.ACCOUNT_ID, "bid-cloud");
        mvc.perform(post("/api/v1/orders/{id}/payments", order.id().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"method\":\"BANK_TRANSFER\",\"amountFen\":100}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("method"))
                .andExpect(jsonPath("$.errors[0].code").value("notAccepted"));
        assertThat(payments.ofOrder(order.id())).isEmpty();
    }

    @Test
    void callsWithoutLoginAreUnauthenticated() throws Exception {
        mvc.perform(get("/api/v1/payments/{pid}", UUID.randomUUID().toString())).andExpect(status().isUnauthorized());
    }

    @Test
    @AsStaff(value = "finance", roles = StaffRole.FINANCE)
    void financeConfirmsOrRejectsAVoucher() throws Exception {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = fixtures.submittedVoucher(payments, order);

        mvc.perform(get("/api/v1/admin/payments"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.paymentId == '" + payment.id() + "')]").exists());
        mvc.perform(post("/api/v1/admin/payments/{pid}/confirmation", payment.id().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"REJECT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/admin/payments/{pid}/confirmation", payment.id().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"MAYBE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decision"));
        mvc.perform(post("/api/v1/admin/payments/{pid}/confirmation", payment.id().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"CONFIRM\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PAID"));
        mvc.perform(post("/api/v1/admin/payments/{pid}/confirmation", payment.id().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"CONFIRM\"}"))
                .andExpect(status().isConflict());
        assertThat(fixtures.order(order.id()).paid()).isTrue();
    }

    @Test
    @AsStaff(value = "reviewer", roles = StaffRole.REVIEWER)
    void onlyFinanceDecidesVouchers() throws Exception {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = fixtures.submittedVoucher(payments, order);
        mvc.perform(post("/api/v1/admin/payments/{pid}/confirmation", payment.id().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"CONFIRM\"}"))
                .andExpect(status().isForbidden());
        assertThat(payments.get(payment.id()).status()).isEqualTo(PaymentStatus.VOUCHER_SUBMITTED);
    }
}
