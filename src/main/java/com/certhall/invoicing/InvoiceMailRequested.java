package com.certhall.invoicing;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import com.certhall.shared.Masking;
import java.time.Instant;
import java.util.UUID;

/** The holder asked for an issued invoice to be sent again, possibly to another address; one e-mail per request. */
public record InvoiceMailRequested(UUID requestId, InvoiceId invoiceId, String orderNumber, String number,
        String email, String actor, Instant at) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("invoicing.redelivered", actor, "invoice:" + invoiceId).with("order", orderNumber)
                .with("number", number).with("email", Masking.maskEmail(email));
    }

    @Override
    public String toString() {
        return "InvoiceMailRequested[" + invoiceId + ", " + Masking.maskEmail(email) + "]";
    }
}
