package com.certhall.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.audit.AuditLog;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.payments.domain.PaymentExpiry;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.Money;
import com.certhall.shared.NotFoundException;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.TestClock;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** Expiry of unpaid payments, bank transfers with vouchers, refunds, and the rules for starting a payment. */
@KnownPortIntegrationTest
class PaymentLifecycleTests {

    static final Money PRICE = PaymentFixtures.PRICE;
    // real files: uploads are decoded, not only sniffed (docs/security.md "Bad input")
    static final byte[] PNG = com.certhall.documents.DocumentSamples.image(com.certhall.documents.DocumentFormat.PNG,
            16, 16);
    static final byte[] PDF = com.certhall.documents.DocumentSamples.pdf();

    @Autowired
    PaymentManagement payments;
    @Autowired
    BankTransfers transfers;
    @Autowired
    PaymentExpiry expiry;
    @Autowired
    PaymentFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    TestRestTemplate http;
    @Autowired
    AuditLog audit;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    /** Expiry times are compared with the clock, so it stands still (to the second, as the database keeps it). */
    @BeforeEach
    void stopTheClock() {
        clock.freeze();
    }

    @Test
    void unpaidQrPaymentExpiresAfterItsTimeLimitAndCanNoLongerBePaid() {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR, PRICE, "a");
        assertThat(payment.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));

        clock.advance(Duration.ofMinutes(14));
        expiry.expireOverdue();
        assertThat(payments.get(payment.id()).status()).isEqualTo(PaymentStatus.CREATED);

        clock.advance(Duration.ofMinutes(1));
        expiry.expireOverdue();
        assertThat(payments.get(payment.id()).status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(audit.recent("payments.expired", null, 50))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("payment:" + payment.id()));

        ResponseEntity<Map> late = http.postForEntity("/sandbox/api/cashier/" + payment.id() + "/pay", null, Map.class);
        assertThat(late.getStatusCode().value()).isEqualTo(409);
        assertThat(late.getBody()).containsEntry("code", "ORDERCLOSED");
        assertThat(fixtures.order(order.id()).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);

        PaymentView fresh = payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR, PRICE, "a");
        assertThat(fresh.id()).isNotEqualTo(payment.id());
    }

    @Test
    void secondStartOfTheSameMethodShowsTheSameQrAndAnotherMethodReplacesIt() {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView first = payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR, PRICE, "a");
        assertThat(payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR, PRICE, "a").id())
                .isEqualTo(first.id());

        PaymentView alipay = payments.start(order.id(), order.accountId(), PaymentMethod.ALIPAY_QR, PRICE, "a");

        assertThat(payments.get(first.id()).status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(alipay.status()).isEqualTo(PaymentStatus.CREATED);
        assertThat(http.getForObject("/sandbox/api/cashier/" + first.id(), Map.class))
                .containsEntry("status", "TRADE_CLOSED");
    }

    @Test
    void onlyAnOrderWaitingForPaymentOfTheCallersAccountCanBePaid() {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        assertThatThrownBy(() -> payments.start(order.id(), UUID.randomUUID(), PaymentMethod.WECHAT_QR, PRICE, "a"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR,
                Money.ZERO, "a")).isInstanceOf(InvalidInputException.class);
        assertThat(payments.ofOrder(order.id())).isEmpty();
    }

    @Test
    void bankTransferVoucherCanBeRejectedReuploadedAndConfirmed() {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = payments.start(order.id(), order.accountId(), PaymentMethod.BANK_TRANSFER, PRICE, "a");
        assertThat(payment.status()).isEqualTo(PaymentStatus.AWAITING_VOUCHER);
        BankInstructions bank = payments.bankInstructions(payment);
        assertThat(bank.reference()).isEqualTo(order.number());
        assertThat(bank.accountNumber()).isEqualTo("0200049619200088888");
        assertThat(bank.toString()).doesNotContain("0200049619200088888");

        PaymentView submitted = upload(payment, order, "回单.png", PNG);
        assertThat(submitted.status()).isEqualTo(PaymentStatus.VOUCHER_SUBMITTED);
        assertThat(transfers.awaitingConfirmation()).extracting(PaymentView::id).contains(payment.id());
        assertThatThrownBy(() -> transfers.reject(payment.id(), " ", "staff:finance"))
                .isInstanceOf(InvalidInputException.class);

        PaymentView rejected = transfers.reject(payment.id(), "凭证金额与订单金额不符", "staff:finance");
        assertThat(rejected.status()).isEqualTo(PaymentStatus.VOUCHER_REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("凭证金额与订单金额不符");
        assertThat(fixtures.order(order.id()).paid()).isFalse();

        PaymentView again = upload(payment, order, "回单.pdf", PDF);
        assertThat(again.status()).isEqualTo(PaymentStatus.VOUCHER_SUBMITTED);
        assertThat(again.voucherUploads()).isEqualTo(2);
        assertThat(again.rejectionReason()).isNull();
        assertThat(transfers.voucher(payment.id()).contentType()).isEqualTo("application/pdf");
        assertThat(transfers.voucher(payment.id()).bytes()).isEqualTo(PDF);

        PaymentView paid = transfers.confirm(payment.id(), "staff:finance");
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        // approved and paid: the order moves on to issuance (the lifecycle module issues cloud certificates at once)
        assertThat(fixtures.order(order.id()).status()).isIn(OrderStatus.APPROVED, OrderStatus.ISSUING,
                OrderStatus.ISSUED, OrderStatus.COMPLETED);
        assertThatThrownBy(() -> upload(payment, order, "late.png", PNG)).isInstanceOf(IllegalPaymentTransition.class);
        assertThatThrownBy(() -> transfers.confirm(payment.id(), "staff:finance")).isInstanceOf(ConflictException.class);
        assertThat(audit.recent("payments.voucher.rejected", null, 50))
                .anySatisfy(e -> assertThat(e.actor()).isEqualTo("staff:finance"));
    }

    @Test
    void voucherIsCheckedByItsBytesAndSize() {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = payments.start(order.id(), order.accountId(), PaymentMethod.BANK_TRANSFER, PRICE, "a");

        assertThatThrownBy(() -> upload(payment, order, "fake.png", "not an image".getBytes()))
                .isInstanceOf(com.certhall.documents.UnsupportedDocumentTypeException.class);
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertThatThrownBy(() -> upload(payment, order, "big.png", big)).isInstanceOf(com.certhall.documents.DocumentTooLargeException.class);
        assertThatThrownBy(() -> upload(payment, order, "empty.png", new byte[0]))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> transfers.submitVoucher(payment.id(), UUID.randomUUID(), "x.png",
                new ByteArrayInputStream(PNG), "intruder")).isInstanceOf(NotFoundException.class);

        assertThat(payments.get(payment.id()).status()).isEqualTo(PaymentStatus.AWAITING_VOUCHER);
        assertThat(payments.get(payment.id()).voucherUploads()).isZero();
    }

    @Test
    void noSecondPaymentWhileAVoucherIsBeingChecked() {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = payments.start(order.id(), order.accountId(), PaymentMethod.BANK_TRANSFER, PRICE, "a");
        upload(payment, order, "v.png", PNG);

        assertThatThrownBy(() -> payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR, PRICE, "a"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void refundOfACancelledPaidOrderGoesThroughTheGatewayAndIsRecorded() {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = payments.start(order.id(), order.accountId(), PaymentMethod.ALIPAY_QR, PRICE, "a");
        Map<?, ?> paid = http.postForObject("/sandbox/api/cashier/" + payment.id() + "/pay", null, Map.class);
        com.certhall.support.Eventually.await("the callback", Duration.ofSeconds(10),
                () -> payments.get(payment.id()), PaymentView::isPaid);

        List<PaymentView> refunded = payments.refund(order.id(), "申请人取消订单", "applicant:" + order.accountId());

        assertThat(refunded).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PaymentStatus.REFUNDED);
            assertThat(p.refundId()).isEqualTo("RF" + paid.get("tradeNo"));
        });
        Map<?, ?> trade = http.getForObject("/sandbox/api/cashier/" + payment.id(), Map.class);
        assertThat(trade.get("status")).isEqualTo("TRADE_REFUND");
        assertThat((List<?>) trade.get("refunds")).hasSize(1);
        assertThat(payments.refund(order.id(), "again", "x")).isEmpty();
        assertThat(audit.recent("payments.refunded", null, 50))
                .anySatisfy(e -> assertThat(e.details()).containsEntry("amountFen", "50000"));
    }

    @Test
    void cancellationOfAPaidOrderRefundsItAfterCommitAndClosesOpenQrs() {
        OrderView order = fixtures.orderAwaitingPayment(UUID.randomUUID());
        PaymentView payment = payments.start(order.id(), order.accountId(), PaymentMethod.WECHAT_QR, PRICE, "a");
        http.postForObject("/sandbox/api/cashier/" + payment.id() + "/pay", null, Map.class);
        com.certhall.support.Eventually.await("the callback", Duration.ofSeconds(10),
                () -> payments.get(payment.id()), PaymentView::isPaid);

        // what the orders module publishes when the order is cancelled
        tx.executeWithoutResult(s -> events.publishEvent(new com.certhall.orders.OrderStatusChanged(
                order.id(), order.number(), order.channel(), OrderStatus.APPROVED, OrderStatus.CANCELLED,
                "cancel", "applicant:" + order.accountId(), "不再需要", clock.instant())));

        PaymentView refunded = com.certhall.support.Eventually.await("the refund", Duration.ofSeconds(10),
                () -> payments.get(payment.id()), p -> p.status() == PaymentStatus.REFUNDED);
        assertThat(refunded.refundId()).startsWith("RF");
        assertThat(audit.recent("payments.refunded", null, 50)).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo("payment:" + payment.id());
            assertThat(e.details()).containsEntry("reason", "不再需要");
        });
    }

    private PaymentView upload(PaymentView payment, OrderView order, String name, byte[] bytes) {
        return transfers.submitVoucher(payment.id(), order.accountId(), name, new ByteArrayInputStream(bytes),
                "applicant:" + order.accountId());
    }
}
