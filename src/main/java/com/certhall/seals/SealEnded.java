package com.certhall.seals;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.util.UUID;

/** A seal ended: its certificate was revoked, or the seal was replaced by a changed one (变章). */
public record SealEnded(UUID sealId, String esId, SealStatus status, String reason, String actor)
        implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("seals.ended", actor, "seal:" + esId).with("status", status).with("reason", reason);
    }
}
