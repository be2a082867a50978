package com.certhall.verification;

import com.certhall.orders.OrderId;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;

/**
 * A micro-deposit ended without proof ({@code tooManyWrongAmounts}, {@code expired}, {@code skipped}): the order
 * goes to manual review with {@code reason} as the note.
 */
public record VerificationNeedsManualReview(VerificationId verificationId, OrderId order, PartyRole party,
        VerificationMethod method, String reason, String actor, Instant at) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("verification.manualReview", actor, "verification:" + verificationId)
                .with("order", order).with("party", party).with("method", method).with("reason", reason);
    }
}
