package com.certhall.verification;

import com.certhall.orders.OrderId;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;

/** A wrong amount or SMS code was entered; the case stays open while {@code attemptsLeft > 0}. */
public record VerificationAnswerRejected(VerificationId verificationId, OrderId order,
        VerificationMethod method, int attemptsLeft, String actor, Instant at) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("verification.answerRejected", actor, "verification:" + verificationId)
                .with("order", order).with("method", method).with("attemptsLeft", attemptsLeft);
    }
}
