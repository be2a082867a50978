package com.certhall.payments.domain;

import com.certhall.payments.PaymentMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The columns a {@link PaymentKind} is kept in; the payment's method tells which kind they make. */
@Embeddable
record StoredKind(
        @Column(name = "qr_content") @Nullable String qrContent,
        @Column(name = "expires_at") @Nullable Instant expiresAt,
        @Column(name = "provider_txn_id") @Nullable String providerTransactionId,
        @Column(name = "bank_reference") @Nullable String bankReference,
        @Column(name = "voucher_id") @Nullable UUID voucherId,
        @Column(name = "voucher_content_type") @Nullable String voucherContentType,
        @Column(name = "voucher_uploads", nullable = false) int voucherUploads,
        @Column(name = "rejection_reason") @Nullable String rejectionReason,
        @Column(name = "decided_by") @Nullable String decidedBy) {

    static StoredKind of(PaymentKind kind) {
        if (kind instanceof PaymentKind.Qr qr) {
            return new StoredKind(qr.content(), qr.expiresAt(), qr.transactionId(), null, null, null, 0, null, null);
        }
        PaymentKind.BankTransfer t = (PaymentKind.BankTransfer) kind;
        PaymentKind.Voucher v = t.voucher();
        return new StoredKind(null, null, null, t.reference(), v == null ? null : v.id(),
                v == null ? null : v.contentType(), t.uploads(), t.rejectionReason(), t.decidedBy());
    }

    PaymentKind toKind(PaymentMethod method) {
        if (method.isQr()) {
            return new PaymentKind.Qr(Objects.requireNonNull(qrContent), Objects.requireNonNull(expiresAt),
                    providerTransactionId);
        }
        PaymentKind.Voucher voucher = voucherId == null ? null
                : new PaymentKind.Voucher(voucherId, Objects.requireNonNull(voucherContentType));
        return new PaymentKind.BankTransfer(Objects.requireNonNull(bankReference), voucher, voucherUploads,
                rejectionReason, decidedBy);
    }
}
