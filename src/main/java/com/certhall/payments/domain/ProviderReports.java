package com.certhall.payments.domain;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.payments.IllegalPaymentTransition;
import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentMethod;
import com.certhall.payments.PaymentStatus;
import com.certhall.payments.ProviderConfirmations.Outcome;
import com.certhall.shared.Money;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies what a payment provider reports (see {@link com.certhall.payments.ProviderConfirmations}). */
@Service
public class ProviderReports {

    static final String ACTOR = "system:payments";

    private final Payments payments;
    private final OrderManagement orders;
    private final AuditTrail audit;
    private final Clock clock;

    ProviderReports(Payments payments, OrderManagement orders, AuditTrail audit, Clock clock) {
        this.payments = payments;
        this.orders = orders;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The provider captured {@code amount} for payment {@code id} in {@code transactionId}. A payment waiting for its
     * money becomes paid and its order paid; a payment already cancelled or expired here is a late capture: accepted
     * (the provider has the money) and marked to be refunded, which the follow-up of {@code RefundStarted} does
     * through the gateway after commit.
     */
    @Transactional
    public Outcome confirm(PaymentMethod method, PaymentId id, String transactionId, Money amount) {
        Optional<Payment> found = payments.findById(id.id());
        if (found.isEmpty() || found.get().method() != method) {
            return refuse(method, id, transactionId, "unknownPayment", amount);
        }
        Payment payment = found.get();
        PaymentStatus before = payment.status();
        boolean changed;
        try {
            changed = before == PaymentStatus.CREATED || before == PaymentStatus.PAID
                    ? payment.confirmByProvider(transactionId, amount, clock.instant())
                    : payment.captureLate(transactionId, amount, clock.instant());
        } catch (AmountMismatch e) {
            return refuse(method, id, transactionId, "amountMismatch", amount);
        } catch (IllegalPaymentTransition e) {
            return refuse(method, id, transactionId, "notPayable:" + payment.status(), amount);
        }
        if (!changed) {
            return Outcome.DUPLICATE;
        }
        if (payment.status() == PaymentStatus.PAID) {
            applyToOrder(payment);
        }
        payments.save(payment);
        return Outcome.CONFIRMED;
    }

    @Transactional
    public Outcome closed(PaymentMethod method, PaymentId id, String transactionId) {
        Optional<Payment> found = payments.findById(id.id());
        if (found.isEmpty() || found.get().method() != method) {
            return refuse(method, id, transactionId, "unknownPayment", Money.ZERO);
        }
        Payment payment = found.get();
        if (payment.status() != PaymentStatus.CREATED) {
            return Outcome.DUPLICATE;
        }
        payment.cancel(clock.instant());
        payments.save(payment);
        return Outcome.CONFIRMED;
    }

    private void applyToOrder(Payment payment) {
        OrderView order = orders.get(payment.applicationId());
        if (order.status() == OrderStatus.PENDING_PAYMENT) {
            orders.markPaid(payment.applicationId(), ACTOR);
        } else if (order.status() == OrderStatus.CANCELLED) {
            // the payer paid while the order was being cancelled: the money goes back without waiting for finance
            payment.startRefund("order " + order.number() + " cancelled", ACTOR, clock.instant());
        } else {
            // the money arrived for an order that moved on (paid by other means): keep the payment paid so
            // finance sees it and starts its refund
            payment.markUnapplied();
            audit.record(AuditRecord.of("payments.unapplied", ACTOR, "payment:" + payment.id())
                    .with("order", order.number()).with("orderStatus", order.status()));
        }
    }

    private Outcome refuse(PaymentMethod method, PaymentId id, String transactionId, String reason, Money amount) {
        audit.recordNow(AuditRecord.of("payments.callback.refused", "provider:" + method.provider().orElse("?"),
                "payment:" + id).with("reason", reason).with("transaction", transactionId)
                .with("amountFen", amount.fen()));
        return Outcome.REFUSED;
    }
}
