package com.certhall.verification;

import com.certhall.orders.OrderId;
import com.certhall.audit.AuditRecord;
import java.time.Instant;

/** A case was opened (for a micro-deposit: the deposit was made; for SMS methods: the identity matched). */
public record VerificationStarted(VerificationId verificationId, OrderId order, PartyRole party,
        VerificationMethod method, String maskedIdentifier, String actor, Instant at) implements VerificationCaseEvent {

    @Override
    public AuditRecord toAuditRecord() {
        return caseRecord("verification.started").with("identifier", maskedIdentifier);
    }
}
