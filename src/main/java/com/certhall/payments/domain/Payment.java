package com.certhall.payments.domain;

import com.certhall.orders.OrderId;
import com.certhall.payments.IllegalPaymentTransition;
import com.certhall.payments.PaymentConfirmed;
import com.certhall.payments.PaymentExpired;
import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentMethod;
import com.certhall.payments.PaymentRefunded;
import com.certhall.payments.PaymentStatus;
import com.certhall.payments.VoucherRejected;
import com.certhall.payments.VoucherSubmitted;
import com.certhall.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
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
 * reason (the applicant may upload again until it is confirmed). A paid payment can be refunded once. The amount
 * never changes after creation; every move checks {@link PaymentStatus#canTransitionTo} and publishes its event.
 */
@Entity
@Table(name = "payments_payment")
public class Payment extends AbstractAggregateRoot<Payment> {

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(name = "application_id", nullable = false)
    private UUID applicationId;
    @Column(name = "order_number", nullable = false)
    private String orderNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentMethod method;
    @Column(name = "amount_fen", nullable = false)
    private long amountFen;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;
    @Column(name = "qr_content")
    private @Nullable String qrContent;
    @Column(name = "expires_at")
    private @Nullable Instant expiresAt;
    @Column(name = "bank_reference")
    private @Nullable String bankReference;
    @Column(name = "provider_txn_id")
    private @Nullable String providerTransactionId;
    @Column(name = "voucher_id")
    private @Nullable UUID voucherId;
    @Column(name = "voucher_content_type")
    private @Nullable String voucherContentType;
    @Column(name = "voucher_uploads", nullable = false)
    private int voucherUploads;
    @Column(name = "rejection_reason")
    private @Nullable String rejectionReason;
    @Column(name = "decided_by")
    private @Nullable String decidedBy;
    @Column(name = "refund_id")
    private @Nullable String refundId;
    @Column(name = "refund_reason")
    private @Nullable String refundReason;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "paid_at")
    private @Nullable Instant paidAt;

    protected Payment() {
        // for JPA
    }

    private Payment(PaymentId id, OrderId order, String orderNumber, PaymentMethod method, Money amount,
            PaymentStatus status, Instant now) {
        if (amount.fen() <= 0) {
            throw new IllegalArgumentException("a payment needs a positive amount");
        }
        this.id = id.id();
        this.applicationId = order.id();
        this.orderNumber = Objects.requireNonNull(orderNumber);
        this.method = method;
        this.amountFen = amount.fen();
        this.status = status;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A QR payment the provider has accepted: {@code qrContent} is its cashier URL, valid until {@code expiresAt}. */
    public static Payment qr(PaymentId id, OrderId order, String orderNumber, PaymentMethod method,
            Money amount, String qrContent, Instant expiresAt, Instant now) {
        if (!method.isQr()) {
            throw new IllegalArgumentException(method + " is not a QR method");
        }
        Payment p = new Payment(id, order, orderNumber, method, amount, PaymentStatus.CREATED, now);
        p.qrContent = qrContent;
        p.expiresAt = expiresAt;
        return p;
    }

    /** A bank transfer waiting for its voucher; {@code reference} goes in the transfer's memo. */
    public static Payment bankTransfer(PaymentId id, OrderId order, String orderNumber, Money amount,
            String reference, Instant now) {
        Payment p = new Payment(id, order, orderNumber, PaymentMethod.BANK_TRANSFER, amount,
                PaymentStatus.AWAITING_VOUCHER, now);
        p.bankReference = reference;
        return p;
    }

    /**
     * The provider reports the payment made. Returns false (and changes nothing) for a repeat of the callback that
     * already confirmed it.
     *
     * @throws AmountMismatch when the provider reports another amount
     * @throws IllegalPaymentTransition when the payment is not waiting for money, or was paid by another transaction
     */
    public boolean confirmByProvider(String transactionId, Money paid, Instant now) {
        if (status == PaymentStatus.PAID && transactionId.equals(providerTransactionId)) {
            return false;
        }
        if (!method.isQr()) {
            throw new IllegalPaymentTransition("confirmByProvider", status, PaymentStatus.PAID);
        }
        if (paid.fen() != amountFen) {
            throw new AmountMismatch(amount(), paid);
        }
        move("confirm", PaymentStatus.PAID, now);
        providerTransactionId = transactionId;
        paidAt = now;
        registerEvent(new PaymentConfirmed(id(), applicationId(), orderNumber, method, amount(), transactionId,
                "provider:" + method.provider().orElseThrow(), now));
        return true;
    }

    /** Refuses (409) before any file is read when this payment cannot take a voucher now. */
    public void checkVoucherAccepted() {
        requireMethod("submitVoucher", PaymentMethod.BANK_TRANSFER);
        if (!status.canTransitionTo(PaymentStatus.VOUCHER_SUBMITTED)) {
            throw new IllegalPaymentTransition("submitVoucher", status, PaymentStatus.VOUCHER_SUBMITTED);
        }
    }

    public void submitVoucher(UUID voucher, String contentType, String sha256, String actor, Instant now) {
        checkVoucherAccepted();
        move("submitVoucher", PaymentStatus.VOUCHER_SUBMITTED, now);
        voucherId = voucher;
        voucherContentType = contentType;
        voucherUploads++;
        rejectionReason = null;
        registerEvent(new VoucherSubmitted(id(), applicationId(), orderNumber, voucherUploads, contentType, sha256,
                actor, now));
    }

    public void confirmVoucher(String actor, Instant now) {
        requireStatus("confirmVoucher", PaymentStatus.VOUCHER_SUBMITTED, PaymentStatus.PAID);
        move("confirmVoucher", PaymentStatus.PAID, now);
        decidedBy = actor;
        paidAt = now;
        registerEvent(new PaymentConfirmed(id(), applicationId(), orderNumber, method, amount(), null, actor, now));
    }

    public void rejectVoucher(String reason, String actor, Instant now) {
        requireStatus("rejectVoucher", PaymentStatus.VOUCHER_SUBMITTED, PaymentStatus.VOUCHER_REJECTED);
        move("rejectVoucher", PaymentStatus.VOUCHER_REJECTED, now);
        rejectionReason = reason;
        decidedBy = actor;
        registerEvent(new VoucherRejected(id(), applicationId(), orderNumber, reason, actor, now));
    }

    /** Whether an unpaid QR payment is past its expiry at {@code now}. */
    public boolean isOverdue(Instant now) {
        return status == PaymentStatus.CREATED && expiresAt != null && !now.isBefore(expiresAt);
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

    public void refund(String providerRefundId, String reason, String actor, Instant now) {
        move("refund", PaymentStatus.REFUNDED, now);
        refundId = providerRefundId;
        refundReason = reason;
        registerEvent(new PaymentRefunded(id(), applicationId(), orderNumber, method, amount(), providerRefundId,
                reason, actor, now));
    }

    private void requireMethod(String action, PaymentMethod expected) {
        if (method != expected) {
            throw new IllegalPaymentTransition(action, status, status);
        }
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
        updatedAt = now;
    }

    public PaymentId id() {
        return new PaymentId(id);
    }

    public OrderId applicationId() {
        return new OrderId(applicationId);
    }

    public String orderNumber() {
        return orderNumber;
    }

    public PaymentMethod method() {
        return method;
    }

    public Money amount() {
        return Money.ofFen(amountFen);
    }

    public PaymentStatus status() {
        return status;
    }

    public @Nullable String qrContent() {
        return qrContent;
    }

    public @Nullable Instant expiresAt() {
        return expiresAt;
    }

    public @Nullable String bankReference() {
        return bankReference;
    }

    public @Nullable String providerTransactionId() {
        return providerTransactionId;
    }

    public @Nullable UUID voucherId() {
        return voucherId;
    }

    public @Nullable String voucherContentType() {
        return voucherContentType;
    }

    public int voucherUploads() {
        return voucherUploads;
    }

    public @Nullable String rejectionReason() {
        return rejectionReason;
    }

    public @Nullable String refundId() {
        return refundId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant paidAt() {
        return paidAt;
    }

    public long version() {
        return version;
    }

    /** Events registered and not yet published (for tests of the aggregate without Spring). */
    public List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }
}
