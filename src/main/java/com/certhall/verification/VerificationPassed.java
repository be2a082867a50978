package com.certhall.verification;

import com.certhall.orders.OrderId;
import com.certhall.audit.AuditRecord;
import java.time.Instant;

/** The party's identity is verified; {@code pinChannel} is where the certificate PIN will go. */
public record VerificationPassed(VerificationId verificationId, OrderId order, PartyRole party,
        VerificationMethod method, PinChannel pinChannel, String how, String actor, Instant at)
        implements VerificationCaseEvent {

    @Override
    public AuditRecord toAuditRecord() {
        return caseRecord("verification.passed").with("how", how).with("pinChannel", pinChannel);
    }
}
