package com.certhall.lifecycle;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;

/** A staff member revoked (or held) a holder's certificate. */
public record CertificateRevokedByStaff(String serialHex, String orderNumber, String reason, String actor,
        Instant at) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("lifecycle.revoke", actor, "certificate:" + serialHex).with("order", orderNumber)
                .with("reason", reason);
    }
}
