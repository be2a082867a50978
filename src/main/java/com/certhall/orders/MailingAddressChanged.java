package com.certhall.orders;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;

/** The applicant changed where the UKEY is mailed after submitting the order (before shipment). */
public record MailingAddressChanged(OrderId applicationId, String number, Instant at) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("orders.mailingAddressChanged", "applicant", "order:" + number);
    }
}
