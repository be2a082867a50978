package com.certhall.verification;

import com.certhall.orders.OrderId;
import com.certhall.audit.AuditRecord;
import java.time.Instant;

/**
 * A micro-deposit ended without proof ({@code tooManyWrongAmounts}, {@code expired}, {@code skipped}): the order
 * goes to manual review with {@code reason} as the note.
 */
public record VerificationNeedsManualReview(VerificationId verificationId, OrderId order, PartyRole party,
        VerificationMethod method, String reason, String actor, Instant at) implements VerificationCaseEvent {

    @Override
    public AuditRecord toAuditRecord() {
        return caseRecord("verification.manualReview").with("reason", reason);
    }
}
