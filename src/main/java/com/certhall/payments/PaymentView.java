package com.certhall.payments;

import com.certhall.orders.OrderId;
import com.certhall.shared.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Read model of a payment for pages, the API and other modules.
 *
 * @param qrContent     what the QR code encodes (the provider's cashier URL); null for a bank transfer
 * @param expiresAt     when an unpaid QR payment expires; null for a bank transfer
 * @param bankReference the reference the payer writes on the transfer; null for QR payments
 * @param voucherUploads how many vouchers the applicant has uploaded so far
 * @param refundId      the provider's refund id once the money went back
 * @param refundReason  why the money goes back, once a refund was started
 */
public record PaymentView(PaymentId id, OrderId applicationId, String orderNumber, PaymentMethod method,
        Money amount, PaymentStatus status, @Nullable String qrContent, @Nullable Instant expiresAt,
        @Nullable String bankReference, @Nullable String providerTransactionId, int voucherUploads,
        @Nullable String voucherContentType, @Nullable String rejectionReason, @Nullable String refundId,
        @Nullable String refundReason, Instant createdAt, @Nullable Instant paidAt, long version) {

    /** How a refund's reason starts when the provider captured money for a payment already closed here. */
    public static final String LATE_CAPTURE = "late capture";

    /** Whether the money goes back because the provider captured it after the payment was closed here. */
    public boolean lateCapture() {
        return refundReason != null && refundReason.startsWith(LATE_CAPTURE);
    }

    public boolean isPaid() {
        return status == PaymentStatus.PAID;
    }
}
