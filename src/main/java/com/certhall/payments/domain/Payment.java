package com.certhall.payments.domain;

import com.certhall.orders.OrderId;
import com.certhall.payments.IllegalPaymentTransition;
import com.certhall.payments.PaymentConfirmed;
import com.certhall.payments.PaymentExpired;
import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentMethod;
import com.certhall.payments.PaymentRefunded;
import com.certhall.payments.PaymentStatus;
import com.certhall.payments.PaymentView;
import com.certhall.payments.RefundStarted;
import com.certhall.payments.VoucherRejected;
import com.certhall.payments.VoucherSubmitted;
import com.certhall.shared.KeptPerNode;
import com.certhall.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One attempt to pay one order. A QR payment is born {@link PaymentStatus#CREATED} with the provider's QR content
 * and an expiry; the provider's verified callback makes it {@link PaymentStatus#PAID} (once: a second callback with
 * the same transaction id changes nothing, one with another transaction id is refused), the expiry job makes an
 * unpaid one {@link PaymentStatus#EXPIRED}. A bank transfer is born {@link PaymentStatus#AWAITING_VOUCHER}; each
 * voucher upload makes it {@link PaymentStatus#VOUCHER_SUBMITTED}, finance confirms it (paid) or rejects it with a
 * reason (the applicant may upload again until it is confirmed). Captured money goes back once: a paid payment is
 * marked {@link PaymentStatus#REFUND_PENDING} before the provider is asked to refund it, then
 * {@link PaymentStatus#REFUNDED} with the provider's refund id. A provider's report that it captured money for a
 * payment already cancelled or expired here is accepted as a late capture and goes straight to refund-pending
 * (docs/security.md, "Money"). The amount never changes after creation; every move checks
 * {@link PaymentStatus#canTransitionTo} and publishes its event.
 * What each way of paying holds is its {@link PaymentKind}; a refund is a {@link Refund}.
 */
@Entity
@EntityListeners(KeptPerNode.Changes.class)
@Table(name = "payments_payment")
class Payment extends AbstractAggregateRoot<Payment> {

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(nullable = false)
    private UUID applicationId;
    @Column(nullable = false)
    private String orderNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentMethod method;
    @Column(nullable = false)
    private long amountFen;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;
    @Embedded
    private StoredKind kind;
    @Embedded
    private @Nullable Refund refund;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant updatedAt;
    private @Nullable Instant paidAt;
    @Column(nullable = false)
    private boolean unapplied;
    /** The order's id while this payment is open, else null: unique, so an order has one open payment at most. */
    private @Nullable UUID openOrderId;

    protected Payment() {
        // for JPA
    }

    private Payment(PaymentId id, OrderId order, String orderNumber, PaymentMethod method, Money amount,
            PaymentStatus status, PaymentKind kind, Instant now) {
        if (amount.fen() <= 0) {
            throw new IllegalArgumentException("a payment needs a positive amount");
        }
        this.id = id.id();
        this.applicationId = order.id();
        this.orderNumber = Objects.requireNonNull(orderNumber);
        this.method = method;
        this.amountFen = amount.fen();
        this.status = status;
        this.kind = StoredKind.of(kind);
        this.openOrderId = status.isOpen() ? order.id() : null;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A QR payment the provider has accepted: {@code qrContent} is its cashier URL, valid until {@code expiresAt}. */
    public static Payment qr(PaymentId id, OrderId order, String orderNumber, PaymentMethod method,
            Money amount, String qrContent, Instant expiresAt, Instant now) {
        if (!method.isQr()) {
            throw new IllegalArgumentException(method + " is not a QR method");
        }
        return new Payment(id, order, orderNumber, method, amount, PaymentStatus.CREATED,
                new PaymentKind.Qr(qrContent, expiresAt, null), now);
    }

    /** A bank transfer waiting for its voucher; {@code reference} goes in the transfer's memo. */
    public static Payment bankTransfer(PaymentId id, OrderId order, String orderNumber, Money amount,
            String reference, Instant now) {
        return new Payment(id, order, orderNumber, PaymentMethod.BANK_TRANSFER, amount,
                PaymentStatus.AWAITING_VOUCHER, PaymentKind.BankTransfer.awaitingVoucher(reference), now);
    }

    /**
     * The provider reports the payment made. Returns false (and changes nothing) for a repeat of the callback that
     * already confirmed it.
     *
     * @throws AmountMismatch when the provider reports another amount
     * @throws IllegalPaymentTransition when the payment is not waiting for money, or was paid by another transaction
     */
    public boolean confirmByProvider(String transactionId, Money paid, Instant now) {
        if (status == PaymentStatus.PAID && transactionId.equals(providerTransactionId())) {
            return false;
        }
        if (!(kind() instanceof PaymentKind.Qr qr)) {
            throw new IllegalPaymentTransition("confirmByProvider", status, PaymentStatus.PAID);
        }
        if (paid.fen() != amountFen) {
            throw new AmountMismatch(amount(), paid);
        }
        move("confirm", PaymentStatus.PAID, now);
        kind = StoredKind.of(qr.paidBy(transactionId));
        paidAt = now;
        registerEvent(new PaymentConfirmed(id(), applicationId(), orderNumber, method, amount(), transactionId,
                "provider:" + method.provider().orElseThrow(), now));
        return true;
    }

    /** The money arrived for an order that had moved on: it paid nothing, so finance may give it back. */
    void markUnapplied() { unapplied = status == PaymentStatus.PAID; }

    /** Refuses (409) before any file is read when this payment cannot take a voucher now. */
    public void checkVoucherAccepted() {
        transfer("submitVoucher");
        if (!status.canTransitionTo(PaymentStatus.VOUCHER_SUBMITTED)) {
            throw new IllegalPaymentTransition("submitVoucher", status, PaymentStatus.VOUCHER_SUBMITTED);
        }
    }

    public void submitVoucher(UUID voucher, String contentType, String sha256, String actor, Instant now) {
        checkVoucherAccepted();
        PaymentKind.BankTransfer submitted = transfer("submitVoucher")
                .submitted(new PaymentKind.Voucher(voucher, contentType));
        move("submitVoucher", PaymentStatus.VOUCHER_SUBMITTED, now);
        kind = StoredKind.of(submitted);
        registerEvent(new VoucherSubmitted(id(), applicationId(), orderNumber, submitted.uploads(), contentType,
                sha256, actor, now));
    }

    public void confirmVoucher(String actor, Instant now) {
        requireStatus("confirmVoucher", PaymentStatus.VOUCHER_SUBMITTED, PaymentStatus.PAID);
        PaymentKind.BankTransfer confirmed = transfer("confirmVoucher").confirmedBy(actor);
        move("confirmVoucher", PaymentStatus.PAID, now);
        kind = StoredKind.of(confirmed);
        paidAt = now;
        registerEvent(new PaymentConfirmed(id(), applicationId(), orderNumber, method, amount(), null, actor, now));
    }

    public void rejectVoucher(String reason, String actor, Instant now) {
        requireStatus("rejectVoucher", PaymentStatus.VOUCHER_SUBMITTED, PaymentStatus.VOUCHER_REJECTED);
        PaymentKind.BankTransfer rejected = transfer("rejectVoucher").rejectedBy(reason, actor);
        move("rejectVoucher", PaymentStatus.VOUCHER_REJECTED, now);
        kind = StoredKind.of(rejected);
        registerEvent(new VoucherRejected(id(), applicationId(), orderNumber, reason, actor, now));
    }

    /** Whether an unpaid QR payment is past its expiry at {@code now}. */
    public boolean isOverdue(Instant now) {
        return status == PaymentStatus.CREATED && kind() instanceof PaymentKind.Qr qr && qr.isOverdue(now);
    }

    public void expire(Instant now) {
        if (!isOverdue(now)) {
            throw new IllegalPaymentTransition("expire", status, PaymentStatus.EXPIRED);
        }
        move("expire", PaymentStatus.EXPIRED, now);
        registerEvent(new PaymentExpired(id(), applicationId(), orderNumber, now));
    }

    /** Replaced by a new payment of the same order, or the order went away before it was paid. */
    public void cancel(Instant now) {
        move("cancel", PaymentStatus.CANCELLED, now);
    }

    /**
     * The provider captured money for this payment after it was cancelled or expired here. The capture is recorded
     * and the money marked to go back. Returns false (and changes nothing) for a repeat of the same report.
     *
     * @throws AmountMismatch when the provider reports another amount
     * @throws IllegalPaymentTransition when the payment was not cancelled or expired, or another transaction is known
     */
    public boolean captureLate(String transactionId, Money paid, Instant now) {
        if (transactionId.equals(providerTransactionId()) && (status == PaymentStatus.REFUND_PENDING
                || status == PaymentStatus.REFUNDED)) {
            return false;
        }
        if (!(kind() instanceof PaymentKind.Qr qr) || qr.transactionId() != null
                || (status != PaymentStatus.CANCELLED && status != PaymentStatus.EXPIRED)) {
            throw new IllegalPaymentTransition("captureLate", status, PaymentStatus.REFUND_PENDING);
        }
        if (paid.fen() != amountFen) {
            throw new AmountMismatch(amount(), paid);
        }
        String reason = PaymentView.LATE_CAPTURE + ": the payment was " + status.name().toLowerCase(Locale.ROOT);
        move("captureLate", PaymentStatus.REFUND_PENDING, now);
        kind = StoredKind.of(qr.paidBy(transactionId));
        paidAt = now;
        refund = new Refund(null, reason);
        registerEvent(new RefundStarted(id(), applicationId(), orderNumber, method, amount(), transactionId, true,
                reason, "provider:" + method.provider().orElseThrow(), now));
        return true;
    }

    /** The money of a paid payment must go back; the provider is asked after this is saved. */
    public void startRefund(String reason, String actor, Instant now) {
        requireStatus("startRefund", PaymentStatus.PAID, PaymentStatus.REFUND_PENDING);
        move("startRefund", PaymentStatus.REFUND_PENDING, now);
        refund = new Refund(null, limited(reason));
        registerEvent(new RefundStarted(id(), applicationId(), orderNumber, method, amount(),
                providerTransactionId(), false, refund.reason(), actor, now));
    }

    /** The money went back: {@code providerRefundId} is the provider's (or {@code BANK-<reference>}). */
    public void refund(String providerRefundId, String reason, String actor, Instant now) {
        String why = refund == null ? limited(reason) : refund.reason();
        move("refund", PaymentStatus.REFUNDED, now);
        refund = new Refund(providerRefundId, why);
        registerEvent(new PaymentRefunded(id(), applicationId(), orderNumber, method, amount(), providerRefundId,
                why, actor, now));
    }

    /** The refund's reason column holds 500 characters; a longer cancellation note is cut, not refused. */
    private static String limited(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 500);
    }

    /** The bank transfer this payment is; a QR payment refuses the action without moving. */
    private PaymentKind.BankTransfer transfer(String action) {
        if (!(kind() instanceof PaymentKind.BankTransfer transfer)) {
            throw new IllegalPaymentTransition(action, status, status);
        }
        return transfer;
    }

    private void requireStatus(String action, PaymentStatus expected, PaymentStatus target) {
        if (status != expected) {
            throw new IllegalPaymentTransition(action, status, target);
        }
    }

    private void move(String action, PaymentStatus next, Instant now) {
        if (!status.canTransitionTo(next)) {
            throw new IllegalPaymentTransition(action, status, next);
        }
        status = next;
        openOrderId = next.isOpen() ? applicationId : null;
        updatedAt = now;
    }

    public PaymentId id() { return new PaymentId(id); }
    public OrderId applicationId() { return new OrderId(applicationId); }
    public String orderNumber() { return orderNumber; }
    public PaymentMethod method() { return method; }
    public Money amount() { return Money.ofFen(amountFen); }
    public PaymentStatus status() { return status; }

    /** What this payment holds for the way it is paid. */
    public PaymentKind kind() { return kind.toKind(method); }

    /** The provider's transaction of a paid QR payment; null otherwise. */
    public @Nullable String providerTransactionId() {
        return kind() instanceof PaymentKind.Qr qr ? qr.transactionId() : null;
    }

    public @Nullable Refund refund() { return refund; }
    public Instant createdAt() { return createdAt; }
    public @Nullable Instant paidAt() { return paidAt; }
    public long version() { return version; }
    boolean unapplied() { return unapplied; }

    /** Events registered and not yet published (for tests of the aggregate without Spring). */
    public List<Object> pendingEvents() { return List.copyOf(domainEvents()); }
}
