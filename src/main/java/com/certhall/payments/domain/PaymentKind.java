package com.certhall.payments.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a payment holds for the way it is paid: a QR payment has the provider's cashier link, its time limit and,
 * once paid, the provider's transaction; a bank transfer has the reference for the transfer's memo and the vouchers
 * finance decides on. A payment's kind follows its method and never changes.
 */
sealed interface PaymentKind {

    /**
     * A WeChat Pay or Alipay QR payment: {@code content} is what the QR code encodes (the provider's cashier URL),
     * payable until {@code expiresAt}; {@code transactionId} is the provider's, once it reported the payment.
     */
    record Qr(String content, Instant expiresAt, @Nullable String transactionId) implements PaymentKind {

        public Qr {
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        Qr paidBy(String transaction) {
            return new Qr(content, expiresAt, transaction);
        }

        /** The time limit itself is already too late: providers close the trade at that second. */
        boolean isOverdue(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    /**
     * A bank transfer: {@code reference} goes in the transfer's memo; {@code voucher} is the latest proof uploaded
     * ({@code uploads} so far), {@code rejectionReason} why finance refused the latest one, {@code decidedBy} who
     * confirmed or refused it.
     */
    record BankTransfer(String reference, @Nullable Voucher voucher, int uploads, @Nullable String rejectionReason,
            @Nullable String decidedBy) implements PaymentKind {

        public BankTransfer {
            Objects.requireNonNull(reference, "reference");
        }

        static BankTransfer awaitingVoucher(String reference) {
            return new BankTransfer(reference, null, 0, null, null);
        }

        /** A new voucher replaces the earlier one and clears an earlier refusal. */
        BankTransfer submitted(Voucher next) {
            return new BankTransfer(reference, next, uploads + 1, null, decidedBy);
        }

        BankTransfer confirmedBy(String actor) {
            return new BankTransfer(reference, voucher, uploads, rejectionReason, actor);
        }

        BankTransfer rejectedBy(String reason, String actor) {
            return new BankTransfer(reference, voucher, uploads, reason, actor);
        }
    }

    /** A stored transfer voucher (kept by the documents module) and its sniffed content type. */
    record Voucher(UUID id, String contentType) {

        public Voucher {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(contentType, "contentType");
        }
    }
}
