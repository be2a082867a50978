package com.certhall.lifecycle;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;

/** A staff member released a holder's certificate from hold; it is good again. */
public record CertificateReleasedByStaff(String serialHex, String orderNumber, String actor, Instant at)
        implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("lifecycle.release", actor, "certificate:" + serialHex).with("order", orderNumber);
    }
}
