package com.certhall.applications;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;

/** The applicant changed where the UKEY is mailed after submitting the order (before shipment). */
public record MailingAddressChanged(ApplicationId applicationId, String number, Instant at) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("applications.mailingAddressChanged", "applicant", "order:" + number);
    }
}
