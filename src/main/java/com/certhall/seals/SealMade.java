package com.certhall.seals;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.util.UUID;

/** A seal was made by the CA's seal maker for a certificate (after issuance, or by a seal order). */
public record SealMade(UUID sealId, String esId, String uscc, String certificateSerial, String source, String actor)
        implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("seals.made", actor, "seal:" + esId).with("uscc", uscc)
                .with("certificate", certificateSerial).with("source", source);
    }
}
