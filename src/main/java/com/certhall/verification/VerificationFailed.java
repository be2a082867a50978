package com.certhall.verification;

import com.certhall.orders.OrderId;
import com.certhall.audit.AuditRecord;
import java.time.Instant;

/**
 * The case failed ({@code identityMismatch}, {@code tooManyWrongCodes}, {@code expired}, {@code faceCheckFailed},
 * {@code accountRejected}); the applicant may correct the data and start again, or switch to the paper path.
 */
public record VerificationFailed(VerificationId verificationId, OrderId order, PartyRole party,
        VerificationMethod method, String reason, String actor, Instant at) implements VerificationCaseEvent {

    @Override
    public AuditRecord toAuditRecord() {
        return caseRecord("verification.failed").with("reason", reason);
    }
}
