package com.certhall.payments.domain;

import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentStatus;
import com.certhall.payments.PaymentView;
import com.certhall.payments.provider.PaymentGateways;
import com.certhall.payments.provider.PaymentGateway.RefundRequest;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Giving captured money back, in two steps so a refund is never lost: the payment is first marked
 * {@link PaymentStatus#REFUND_PENDING} (with its audited {@code RefundStarted}), then the provider is asked, outside
 * any transaction, and the payment marked refunded with the provider's refund id. The provider refunds a payment
 * once, so asking again after a failure or a race returns the same refund (docs/security.md, "Money").
 */
@Service
public class Refunds {

    /** The longest refund reason kept (the column's size). */
    public static final int REASON_MAX = 500;

    private final Payments payments;
    private final OpenPayments open;
    private final PaymentGateways gateways;
    private final OrderManagement orders;
    private final TransactionTemplate tx;
    private final Clock clock;

    Refunds(Payments payments, OpenPayments open, PaymentGateways gateways, OrderManagement orders,
            TransactionTemplate tx, Clock clock) {
        this.payments = payments;
        this.open = open;
        this.gateways = gateways;
        this.orders = orders;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * The order was cancelled: its open payments are closed at the provider (one the payer paid meanwhile is
     * applied and refunded), then everything captured for it is refunded.
     *
     * @return the payments refunded by this call (none when called again)
     */
    public List<PaymentView> ofCancelledOrder(OrderId orderId, String reason, String actor) {
        open.close(orderId);
        List<PaymentId> started = OnConflict.retry(() -> tx.execute(s -> {
            List<PaymentId> ids = new ArrayList<>();
            for (Payment p : payments.findByOrder(orderId.id())) {
                if (p.status() == PaymentStatus.PAID) {
                    p.startRefund(reason, actor, clock.instant());
                    payments.save(p);
                    ids.add(p.id());
                }
            }
            return ids;
        }));
        List<PaymentId> pending = tx.execute(s -> payments.findByOrder(orderId.id()).stream()
                .filter(p -> p.status() == PaymentStatus.REFUND_PENDING).map(Payment::id).toList());
        List<PaymentView> refunded = new ArrayList<>();
        for (PaymentId id : pending) {
            Optional<PaymentView> done = complete(id, actor);
            if (done.isPresent()) {
                refunded.add(done.get());
            } else if (started.contains(id)) {
                // started here and completed meanwhile by the follow-up of RefundStarted
                PaymentView now = tx.execute(s -> PaymentReads.view(payments.findById(id.id()).orElseThrow()));
                if (now.status() == PaymentStatus.REFUNDED) {
                    refunded.add(now);
                }
            }
        }
        return refunded;
    }

    /**
     * Finance gives back a paid payment, or retries a refund that is pending. A paid payment is refunded only when
     * its order is cancelled, it arrived after the order was paid otherwise (unapplied), or the order was paid by
     * another payment too: refunding the only payment of a live order would let it be issued unpaid.
     *
     * @throws InvalidInputException (400, {@code reason}) when the reason is missing or too long
     * @throws ConflictException (409) when the payment holds no money to give back, or is its live order's only one
     */
    public PaymentView start(PaymentId id, String reason, String actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw InvalidInputException.of("reason", "required", "validation.required", "reason");
        }
        if (why.length() > REASON_MAX) {
            throw InvalidInputException.of("reason", "tooLong", "payments.validation.tooLong", "reason", REASON_MAX);
        }
        OnConflict.retry(() -> tx.execute(s -> {
            Payment p = payments.findById(id.id()).orElseThrow(
                    () -> new com.certhall.shared.NotFoundException("payment", id));
            if (p.status() == PaymentStatus.PAID) {
                requireRefundable(p);
                p.startRefund(why, actor, clock.instant());
                payments.save(p);
            } else if (p.status() != PaymentStatus.REFUND_PENDING) {
                throw new ConflictException("payments.notRefundable", "payment " + id + " is " + p.status(),
                        p.status().name());
            }
            return p.id();
        }));
        complete(id, actor);
        return tx.execute(s -> PaymentReads.view(payments.findById(id.id()).orElseThrow()));
    }

    /**
     * Sends a pending refund through the provider and records it.
     *
     * @return the payment, when this call refunded it
     */
    public Optional<PaymentView> complete(PaymentId id, String actor) {
        Payment pending = tx.execute(s -> payments.findById(id.id()).orElseThrow());
        if (pending.status() != PaymentStatus.REFUND_PENDING) {
            return Optional.empty();
        }
        String reason = Objects.requireNonNull(pending.refund()).reason();
        String refundId = pending.method().isQr()
                ? gateways.require(pending.method()).refund(new RefundRequest(id, pending.method(),
                        Objects.requireNonNull(pending.providerTransactionId()), pending.amount(), reason)).refundId()
                : "BANK-" + ((PaymentKind.BankTransfer) pending.kind()).reference();
        return OnConflict.retry(() -> tx.execute(s -> {
            Payment p = payments.findById(id.id()).orElseThrow();
            if (p.status() != PaymentStatus.REFUND_PENDING) {
                return Optional.<PaymentView>empty();
            }
            p.refund(refundId, reason, actor, clock.instant());
            return Optional.of(PaymentReads.view(payments.save(p)));
        }));
    }

    private void requireRefundable(Payment p) {
        OrderView order = orders.get(p.applicationId());
        boolean anotherPaid = payments.findByOrder(p.applicationId().id()).stream()
                .anyMatch(other -> !other.id().equals(p.id()) && other.status() == PaymentStatus.PAID);
        if (order.status() != OrderStatus.CANCELLED && !p.unapplied() && !anotherPaid) {
            throw new ConflictException("payments.refundNeedsCancellation", "order " + order.number()
                    + " is " + order.status() + " and this is its only payment", order.number());
        }
    }
}
