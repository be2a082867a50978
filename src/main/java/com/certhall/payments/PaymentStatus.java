package com.certhall.payments;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a payment and the one table of moves between them. A QR payment is {@link #CREATED} until the
 * provider reports it paid, it expires, or it is cancelled. A bank transfer waits for its voucher, which finance
 * confirms (paid) or rejects (the applicant uploads again). Only a paid payment can be refunded.
 */
public enum PaymentStatus {
    CREATED, AWAITING_VOUCHER, VOUCHER_SUBMITTED, VOUCHER_REJECTED, PAID, EXPIRED, CANCELLED, REFUNDED;

    public boolean canTransitionTo(PaymentStatus next) {
        return successors().contains(next);
    }

    public Set<PaymentStatus> successors() {
        return switch (this) {
            case CREATED -> EnumSet.of(PAID, EXPIRED, CANCELLED);
            case AWAITING_VOUCHER, VOUCHER_REJECTED -> EnumSet.of(VOUCHER_SUBMITTED, CANCELLED);
            case VOUCHER_SUBMITTED -> EnumSet.of(VOUCHER_SUBMITTED, VOUCHER_REJECTED, PAID, CANCELLED);
            case PAID -> EnumSet.of(REFUNDED);
            case EXPIRED, CANCELLED, REFUNDED -> EnumSet.noneOf(PaymentStatus.class);
        };
    }

    /** Still waiting for the money: a new payment for the same order replaces it. */
    public boolean isOpen() {
        return this == CREATED || this == AWAITING_VOUCHER || this == VOUCHER_SUBMITTED || this == VOUCHER_REJECTED;
    }
}
