package com.certhall.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.audit.AuditLog;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.shared.Money;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Provider callbacks: signature, amount and order checked; replays change nothing; the answer is the provider's. */
@KnownPortIntegrationTest
class PaymentCallbackTests {

    static final Money PRICE = PaymentFixtures.PRICE;

    @Autowired
    PaymentManagement payments;
    @Autowired
    PaymentFixtures fixtures;
    @Autowired
    TestRestTemplate http;
    @Autowired
    AuditLog audit;

    @Test
    void hundredIdenticalCallbacksMakeOnePaymentAndMarkTheOrderPaidOnce() throws Exception {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR, PRICE, "applicant");
        Map<String, String> notice = PaymentFixtures.notification(payment, "4200000001" + System.nanoTime(),
                PRICE.fen(), "TRADE_SUCCESS");

        for (int i = 0; i < 80; i++) {
            ResponseEntity<String> answer = post("wechat", notice);
            assertThat(answer.getStatusCode().value()).isEqualTo(200);
            assertThat(answer.getBody()).isEqualTo("{\"code\":\"SUCCESS\",\"message\":\"OK\"}");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ResponseEntity<String>>> parallel = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            parallel.add(pool.submit(() -> post("wechat", notice)));
        }
        for (Future<ResponseEntity<String>> f : parallel) {
            assertThat(f.get().getStatusCode().value()).isEqualTo(200);
        }
        pool.shutdown();

        assertThat(payments.ofOrder(order.id())).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PaymentStatus.PAID);
            assertThat(p.providerTransactionId()).isEqualTo(notice.get("trade_no"));
        });
        // approved and paid: the order moves on to issuance (the lifecycle module issues cloud certificates at once)
        assertThat(fixtures.order(order.id()).status()).isIn(OrderStatus.APPROVED, OrderStatus.ISSUING,
                OrderStatus.ISSUED, OrderStatus.COMPLETED);
        assertThat(fixtures.order(order.id()).paid()).isTrue();
        assertThat(audit.recent("orders.markPaid", null, 500))
                .filteredOn(e -> e.subject().equals("order:" + order.number())).hasSize(1);
        assertThat(audit.recent("payments.confirmed", null, 500))
                .filteredOn(e -> e.subject().equals("payment:" + payment.id())).hasSize(1);
    }

    @Test
    void forgedSignatureIsRefusedAndAudited() {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR, PRICE, "applicant");
        Map<String, String> notice = new java.util.LinkedHashMap<>(
                PaymentFixtures.notification(payment, "4200000002" + System.nanoTime(), PRICE.fen(), "TRADE_SUCCESS"));
        notice.put("sign", notice.get("sign").substring(1) + "0");

        ResponseEntity<String> answer = post("wechat", notice);

        assertThat(answer.getStatusCode().value()).isEqualTo(401);
        assertThat(answer.getBody()).contains("\"code\":\"FAIL\"");
        assertThat(payments.get(payment.id()).status()).isEqualTo(PaymentStatus.CREATED);
        assertThat(fixtures.order(order.id()).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(audit.recent("payments.callback.forged", null, 50))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("payment:" + payment.id()));
    }

    @Test
    void alteredAmountUnderTheOriginalSignatureIsForged() {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = payments.start(order.id(), order.accountId(), PaymentMethod.ALIPAY_QR, PRICE, "applicant");
        Map<String, String> notice = new java.util.LinkedHashMap<>(
                PaymentFixtures.notification(payment, "2026" + System.nanoTime(), PRICE.fen(), "TRADE_SUCCESS"));
        notice.put("total_fee", "1");

        ResponseEntity<String> answer = post("alipay", notice);

        assertThat(answer.getBody()).isEqualTo("failure");
        assertThat(payments.get(payment.id()).status()).isEqualTo(PaymentStatus.CREATED);
    }

    @Test
    void signedCallbackWithAnotherAmountIsRefusedAndAudited() {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = payments.start(order.id(), order.accountId(), PaymentMethod.ALIPAY_QR, PRICE, "applicant");
        Map<String, String> notice = PaymentFixtures.notification(payment, "2026" + System.nanoTime(), 1,
                "TRADE_SUCCESS");

        ResponseEntity<String> answer = post("alipay", notice);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).isEqualTo("failure");
        assertThat(payments.get(payment.id()).status()).isEqualTo(PaymentStatus.CREATED);
        assertThat(fixtures.order(order.id()).paid()).isFalse();
        assertThat(audit.recent("payments.callback.refused", null, 50)).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo("payment:" + payment.id());
            assertThat(e.details()).containsEntry("reason", "amountMismatch");
        });
    }

    @Test
    void callbackForAPaymentOfAnotherMethodOrUnknownPaymentIsRefused() {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR, PRICE, "applicant");
        Map<String, String> notice = PaymentFixtures.notification(payment, "2026" + System.nanoTime(), PRICE.fen(),
                "TRADE_SUCCESS");

        assertThat(post("alipay", notice).getBody()).isEqualTo("failure");
        assertThat(post("unionpay", notice).getStatusCode().value()).isEqualTo(404);
        assertThat(payments.get(payment.id()).status()).isEqualTo(PaymentStatus.CREATED);
    }

    @Test
    void payingAtTheSandboxCashierSendsASignedCallbackThatMarksTheOrderPaid() {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = payments.start(order.id(), order.accountId(), PaymentMethod.ALIPAY_QR, PRICE, "applicant");
        assertThat(payment.qrContent()).endsWith("/sandbox/cashier/" + payment.id());

        ResponseEntity<Map> paid = http.postForEntity("/sandbox/api/cashier/" + payment.id() + "/pay", null, Map.class);
        assertThat(paid.getStatusCode().value()).isEqualTo(200);
        assertThat(paid.getBody()).containsEntry("status", "TRADE_SUCCESS");

        PaymentView confirmed = Eventually.await("the provider's callback", Duration.ofSeconds(10),
                () -> payments.get(payment.id()), PaymentView::isPaid);
        assertThat(confirmed.providerTransactionId()).isEqualTo(paid.getBody().get("tradeNo"));
        // approved and paid: the order moves on to issuance (the lifecycle module issues cloud certificates at once)
        assertThat(fixtures.order(order.id()).status()).isIn(OrderStatus.APPROVED, OrderStatus.ISSUING,
                OrderStatus.ISSUED, OrderStatus.COMPLETED);
        Map<?, ?> trade = Eventually.await("the acknowledgement", Duration.ofSeconds(10),
                () -> http.getForObject("/sandbox/api/cashier/" + payment.id(), Map.class),
                t -> "DELIVERED".equals(t.get("notifyStatus")));
        assertThat(trade.get("notifyAttempts")).isEqualTo(1);

        ResponseEntity<Map> again = http.postForEntity("/sandbox/api/cashier/" + payment.id() + "/pay", null, Map.class);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody()).containsEntry("code", "ORDERPAID");
    }

    @Test
    void cancellingAtTheCashierCancelsThePaymentSoTheApplicantCanChooseAgain() {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR, PRICE, "applicant");
        Map<String, String> closed = PaymentFixtures.notification(payment, "4200" + System.nanoTime(), PRICE.fen(),
                "TRADE_CLOSED");

        assertThat(post("wechat", closed).getStatusCode().value()).isEqualTo(200);

        assertThat(payments.get(payment.id()).status()).isEqualTo(PaymentStatus.CANCELLED);
        PaymentView next = payments.start(order.id(), order.accountId(), PaymentMethod.ALIPAY_QR, PRICE, "applicant");
        assertThat(next.id()).isNotEqualTo(payment.id());
        assertThat(next.status()).isEqualTo(PaymentStatus.CREATED);
    }

    @Test
    void moneyForAnOrderThatMovedOnIsKeptPaidAndAuditedForARefund() {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR, PRICE, "applicant");
        fixtures.markPaidDirectly(order.id());
        Map<String, String> notice = PaymentFixtures.notification(payment, "4200" + System.nanoTime(), PRICE.fen(),
                "TRADE_SUCCESS");

        assertThat(post("wechat", notice).getStatusCode().value()).isEqualTo(200);

        assertThat(payments.get(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(audit.recent("orders.markPaid", null, 500))
                .filteredOn(e -> e.subject().equals("order:" + order.number())).hasSize(1);
        assertThat(audit.recent("payments.unapplied", null, 50))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("payment:" + payment.id()));
    }

    /**
     * Issue 11 item 1: money the provider captured for a payment already cancelled here is accepted (the provider
     * stops notifying) and refunded through the gateway, audited and listed for finance. Before, the callback was
     * refused until the provider gave up, and the payer was charged without a refund.
     */
    @Test
    void aCaptureForAPaymentCancelledHereIsAcceptedAndRefundedThroughTheGateway() {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR, PRICE, "applicant");
        // the platform learns of a close the provider never made, so the later payment no longer fits
        post("wechat", PaymentFixtures.notification(payment, "4200" + System.nanoTime(), PRICE.fen(), "TRADE_CLOSED"));
        assertThat(payments.get(payment.id()).status()).isEqualTo(PaymentStatus.CANCELLED);

        Map<?, ?> paid = http.postForObject("/sandbox/api/cashier/" + payment.id() + "/pay", null, Map.class);

        Map<?, ?> trade = Eventually.await("the provider's refund", Duration.ofSeconds(15),
                () -> http.getForObject("/sandbox/api/cashier/" + payment.id(), Map.class),
                t -> "TRADE_REFUND".equals(t.get("status")));
        assertThat(trade.get("notifyStatus")).isEqualTo("DELIVERED");
        assertThat(trade.get("notifyAttempts")).isEqualTo(1);
        assertThat((List<?>) trade.get("refunds")).hasSize(1);
        PaymentView refunded = Eventually.await("the refund recorded", Duration.ofSeconds(10),
                () -> payments.get(payment.id()), p -> p.status() == PaymentStatus.REFUNDED);
        assertThat(refunded.providerTransactionId()).isEqualTo(paid.get("tradeNo"));
        assertThat(refunded.refundId()).isEqualTo("RF" + paid.get("tradeNo"));
        assertThat(refunded.lateCapture()).isTrue();
        assertThat(fixtures.order(order.id()).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(audit.recent("payments.lateCapture", null, 100))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("payment:" + payment.id()));
        assertThat(audit.recent("payments.refunded", null, 100))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("payment:" + payment.id()));
        assertThat(payments.refunds(100)).anySatisfy(p -> assertThat(p.id()).isEqualTo(payment.id()));
    }

    @Test
    void aJsonNotificationReachesTheGatewayAndAnUnsignedOneIsRefusedInTheProvidersFormat() {
        // the shape WeChat Pay API v3 posts; the sandbox provider does not sign it this way, so it is forged here
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add("Wechatpay-Timestamp", "1764939600");
        headers.add("Wechatpay-Nonce", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS");
        headers.add("Wechatpay-Signature", "c2lnbmF0dXJl");
        headers.add("Wechatpay-Serial", "PUB_KEY_ID_0114232204112025");
        ResponseEntity<String> answer = http.postForEntity("/api/v1/payments/callbacks/wechat", new HttpEntity<>(
                "{\"id\":\"EV-1\",\"event_type\":\"TRANSACTION.SUCCESS\",\"resource\":{}}", headers), String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(401);
        assertThat(answer.getBody()).isEqualTo("{\"code\":\"FAIL\",\"message\":\"SIGN_ERROR\"}");
    }

    private ResponseEntity<String> post(String provider, Map<String, String> parameters) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        parameters.forEach(form::add);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return http.postForEntity("/api/v1/payments/callbacks/" + provider, new HttpEntity<>(form, headers),
                String.class);
    }
}
