package com.certhall.verification;

import com.certhall.orders.OrderId;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;

/** A case was opened (for a micro-deposit: the deposit was made; for SMS methods: the identity matched). */
public record VerificationStarted(VerificationId verificationId, OrderId order, PartyRole party,
        VerificationMethod method, String maskedIdentifier, String actor, Instant at) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("verification.started", actor, "verification:" + verificationId)
                .with("order", order).with("party", party).with("method", method).with("identifier", maskedIdentifier);
    }
}
