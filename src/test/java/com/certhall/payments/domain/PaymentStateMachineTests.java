package com.certhall.payments.domain;

import com.certhall.orders.OrderId;
import com.certhall.payments.IllegalPaymentTransition;
import com.certhall.payments.PaymentConfirmed;
import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentMethod;
import com.certhall.payments.PaymentStatus;
import com.certhall.payments.RefundStarted;
import com.certhall.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every (state, action) pair of a payment is either allowed to the expected state or refused, changing nothing. */
class PaymentStateMachineTests {

    static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    static final Money PRICE = Money.ofFen(48_000);

    enum Action {
        CONFIRM_BY_PROVIDER(p -> p.confirmByProvider("T1", PRICE, NOW)),
        SUBMIT_VOUCHER(p -> p.submitVoucher(UUID.randomUUID(), "image/png", "00", "applicant", NOW)),
        CONFIRM_VOUCHER(p -> p.confirmVoucher("staff:finance", NOW)),
        REJECT_VOUCHER(p -> p.rejectVoucher("金额不符", "staff:finance", NOW)),
        EXPIRE(p -> p.expire(NOW.plus(Duration.ofMinutes(16)))),
        CANCEL(p -> p.cancel(NOW)),
        REFUND(p -> p.refund("RF1", "订单取消", "applicant", NOW)),
        START_REFUND(p -> p.startRefund("订单取消", "applicant", NOW)),
        CAPTURE_LATE(p -> p.captureLate("T9", PRICE, NOW));

        final Consumer<Payment> run;

        Action(Consumer<Payment> run) {
            this.run = run;
        }
    }

    /** Where each action leads from each state a payment can be in; absent = refused. */
    static PaymentStatus expected(PaymentMethod method, PaymentStatus from, Action action) {
        boolean qr = method.isQr();
        return switch (action) {
            case CONFIRM_BY_PROVIDER -> qr && (from == PaymentStatus.CREATED || from == PaymentStatus.PAID)
                    ? PaymentStatus.PAID : null;
            case SUBMIT_VOUCHER -> !qr && (from == PaymentStatus.AWAITING_VOUCHER
                    || from == PaymentStatus.VOUCHER_SUBMITTED || from == PaymentStatus.VOUCHER_REJECTED)
                    ? PaymentStatus.VOUCHER_SUBMITTED : null;
            case CONFIRM_VOUCHER -> from == PaymentStatus.VOUCHER_SUBMITTED ? PaymentStatus.PAID : null;
            case REJECT_VOUCHER -> from == PaymentStatus.VOUCHER_SUBMITTED ? PaymentStatus.VOUCHER_REJECTED : null;
            case EXPIRE -> from == PaymentStatus.CREATED ? PaymentStatus.EXPIRED : null;
            case CANCEL -> from.isOpen() ? PaymentStatus.CANCELLED : null;
            case REFUND -> from == PaymentStatus.PAID || from == PaymentStatus.REFUND_PENDING
                    ? PaymentStatus.REFUNDED : null;
            case START_REFUND -> from == PaymentStatus.PAID ? PaymentStatus.REFUND_PENDING : null;
            case CAPTURE_LATE -> qr && (from == PaymentStatus.CANCELLED || from == PaymentStatus.EXPIRED)
                    ? PaymentStatus.REFUND_PENDING : null;
        };
    }

    static Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        for (PaymentMethod method : List.of(PaymentMethod.WECHAT_QR, PaymentMethod.BANK_TRANSFER)) {
            for (PaymentStatus from : reachable(method)) {
                for (Action action : Action.values()) {
                    all.add(Arguments.of(method, from, action));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} --{2}-->")
    @MethodSource("matrix")
    void everyStateAndActionIsAllowedOrRefused(PaymentMethod method, PaymentStatus from, Action action) {
        Payment p = in(method, from);
        PaymentStatus to = expected(method, from, action);
        if (to == null) {
            assertThatThrownBy(() -> action.run.accept(p)).isInstanceOf(IllegalPaymentTransition.class);
            assertThat(p.status()).isEqualTo(from);
        } else {
            action.run.accept(p);
            assertThat(p.status()).isEqualTo(to);
        }
    }

    @Test
    void providerRepeatIsANoOpButAnotherTransactionOrAmountIsRefused() {
        Payment p = in(PaymentMethod.ALIPAY_QR, PaymentStatus.CREATED);
        assertThatThrownBy(() -> p.confirmByProvider("T1", Money.ofFen(1), NOW)).isInstanceOf(AmountMismatch.class);
        assertThat(p.status()).isEqualTo(PaymentStatus.CREATED);

        assertThat(p.confirmByProvider("T1", PRICE, NOW)).isTrue();
        assertThat(p.confirmByProvider("T1", PRICE, NOW)).isFalse();
        assertThatThrownBy(() -> p.confirmByProvider("T2", PRICE, NOW)).isInstanceOf(IllegalPaymentTransition.class);
        assertThat(p.providerTransactionId()).isEqualTo("T1");
        assertThat(p.pendingEvents()).filteredOn(e -> e instanceof PaymentConfirmed).hasSize(1);
    }

    @Test
    void aCaptureAfterTheCloseIsRecordedOnceAndMarkedToGoBack() {
        Payment p = in(PaymentMethod.WECHAT_QR, PaymentStatus.CANCELLED);
        assertThatThrownBy(() -> p.captureLate("T9", Money.ofFen(1), NOW)).isInstanceOf(AmountMismatch.class);
        assertThat(p.status()).isEqualTo(PaymentStatus.CANCELLED);

        assertThat(p.captureLate("T9", PRICE, NOW)).isTrue();
        assertThat(p.captureLate("T9", PRICE, NOW)).isFalse();
        assertThatThrownBy(() -> p.captureLate("T8", PRICE, NOW)).isInstanceOf(IllegalPaymentTransition.class);
        assertThatThrownBy(() -> p.confirmByProvider("T9", PRICE, NOW)).isInstanceOf(IllegalPaymentTransition.class);

        assertThat(p.status()).isEqualTo(PaymentStatus.REFUND_PENDING);
        assertThat(p.providerTransactionId()).isEqualTo("T9");
        assertThat(p.refund().reason()).startsWith(com.certhall.payments.PaymentView.LATE_CAPTURE);
        assertThat(p.pendingEvents()).filteredOn(e -> e instanceof RefundStarted started && started.lateCapture())
                .hasSize(1);
        p.refund("RF9", "ignored", "system", NOW);
        assertThat(p.refund()).isEqualTo(new Refund("RF9", p.refund().reason()));
        assertThat(p.refund().reason()).startsWith(com.certhall.payments.PaymentView.LATE_CAPTURE);
    }

    @Test
    void qrPaymentIsNotOverdueBeforeItsTimeLimit() {
        Payment p = in(PaymentMethod.WECHAT_QR, PaymentStatus.CREATED);
        assertThat(p.isOverdue(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1))).isFalse();
        assertThatThrownBy(() -> p.expire(NOW.plus(Duration.ofMinutes(14)))).isInstanceOf(IllegalPaymentTransition.class);
        assertThat(p.isOverdue(NOW.plus(Duration.ofMinutes(15)))).isTrue();
    }

    private static List<PaymentStatus> reachable(PaymentMethod method) {
        return method.isQr()
                ? List.of(PaymentStatus.CREATED, PaymentStatus.PAID, PaymentStatus.EXPIRED, PaymentStatus.CANCELLED,
                        PaymentStatus.REFUND_PENDING, PaymentStatus.REFUNDED)
                : List.of(PaymentStatus.AWAITING_VOUCHER, PaymentStatus.VOUCHER_SUBMITTED,
                        PaymentStatus.VOUCHER_REJECTED, PaymentStatus.PAID, PaymentStatus.CANCELLED,
                        PaymentStatus.REFUND_PENDING, PaymentStatus.REFUNDED);
    }

    /** A payment brought into {@code status} through the real transitions. */
    static Payment in(PaymentMethod method, PaymentStatus status) {
        Payment p = method.isQr()
                ? Payment.qr(PaymentId.random(), OrderId.random(), "CH1", method, PRICE, "http://cashier",
                        NOW.plus(Duration.ofMinutes(15)), NOW)
                : Payment.bankTransfer(PaymentId.random(), OrderId.random(), "CH1", PRICE, "CH1", NOW);
        switch (status) {
            case CREATED, AWAITING_VOUCHER -> { }
            case VOUCHER_SUBMITTED -> p.submitVoucher(UUID.randomUUID(), "image/png", "00", "a", NOW);
            case VOUCHER_REJECTED -> {
                p.submitVoucher(UUID.randomUUID(), "image/png", "00", "a", NOW);
                p.rejectVoucher("x", "f", NOW);
            }
            case PAID -> pay(p);
            case EXPIRED -> p.expire(NOW.plus(Duration.ofMinutes(15)));
            case CANCELLED -> p.cancel(NOW);
            case REFUND_PENDING -> {
                pay(p);
                p.startRefund("x", "a", NOW);
            }
            case REFUNDED -> {
                pay(p);
                p.refund("RF0", "x", "a", NOW);
            }
        }
        assertThat(p.status()).isEqualTo(status);
        return p;
    }

    private static void pay(Payment p) {
        if (p.method().isQr()) {
            p.confirmByProvider("T1", PRICE, NOW);
        } else {
            p.submitVoucher(UUID.randomUUID(), "image/png", "00", "a", NOW);
            p.confirmVoucher("f", NOW);
        }
    }
}
