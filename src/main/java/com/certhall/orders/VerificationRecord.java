package com.certhall.orders;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One finished identity check of an order as the verification module reported it.
 *
 * @param party  {@code ORGANIZATION}, {@code LEGAL_REP}, {@code HANDLER} or {@code PERSON}
 * @param method {@code MICRO_DEPOSIT}, {@code TELECOM_3F}, {@code BANKCARD_4F} or {@code FACE}
 * @param note   how it passed, why it failed, or why it needs a reviewer; null when there is nothing to say
 */
public record VerificationRecord(UUID verificationId, OrderId order, String party, String method,
        Outcome outcome, @Nullable String note, Instant at) {

    /** How the check ended. */
    public enum Outcome {
        PASSED, FAILED, MANUAL
    }

    /** One check the order's channel offers for one party, in the names of the HTTP contract. */
    public record Offer(String party, String method) {
    }
}
