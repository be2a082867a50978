package com.certhall.lifecycle;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;
import java.util.UUID;

/** A holder got a response code to unblock a UKEY; the audit entry never holds the code or the challenge. */
public record UnlockCodeIssued(String serialHex, String tokenSerial, UUID accountId, Instant expiresAt)
        implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("lifecycle.unlock.issued", "applicant:" + accountId, "certificate:" + serialHex)
                .with("token", tokenSerial).with("expiresAt", expiresAt.toString());
    }
}
