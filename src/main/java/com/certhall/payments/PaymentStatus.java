package com.certhall.payments;

import com.certhall.shared.StateTable;
import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a payment and the one table of moves between them. A QR payment is {@link #CREATED} until the
 * provider reports it paid, it expires, or it is cancelled. A bank transfer waits for its voucher, which finance
 * confirms (paid) or rejects (the applicant uploads again). Only money that was captured can be refunded: a paid
 * payment, or a cancelled or expired QR payment the provider captured anyway (a late capture, docs/security.md
 * "Money"); {@link #REFUND_PENDING} records that the money must go back before the provider is asked to send it.
 */
public enum PaymentStatus implements StateTable<PaymentStatus> {
    CREATED, AWAITING_VOUCHER, VOUCHER_SUBMITTED, VOUCHER_REJECTED, PAID, EXPIRED, CANCELLED, REFUND_PENDING, REFUNDED;

    @Override
    public Set<PaymentStatus> successors() {
        return switch (this) {
            case CREATED -> EnumSet.of(PAID, EXPIRED, CANCELLED);
            case AWAITING_VOUCHER, VOUCHER_REJECTED -> EnumSet.of(VOUCHER_SUBMITTED, CANCELLED);
            case VOUCHER_SUBMITTED -> EnumSet.of(VOUCHER_SUBMITTED, VOUCHER_REJECTED, PAID, CANCELLED);
            case PAID -> EnumSet.of(REFUND_PENDING, REFUNDED);
            case EXPIRED, CANCELLED -> EnumSet.of(REFUND_PENDING);
            case REFUND_PENDING -> EnumSet.of(REFUNDED);
            case REFUNDED -> EnumSet.noneOf(PaymentStatus.class);
        };
    }

    /** Still waiting for the money: a new payment for the same order replaces it. */
    public boolean isOpen() {
        return this == CREATED || this == AWAITING_VOUCHER || this == VOUCHER_SUBMITTED || this == VOUCHER_REJECTED;
    }
}
