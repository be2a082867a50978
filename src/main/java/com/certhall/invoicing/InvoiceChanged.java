package com.certhall.invoicing;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import com.certhall.orders.OrderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Every move of an invoice, published in the transaction that made it and audited with it. Notifications e-mail
 * the PDF when a blue or red invoice reaches {@link InvoiceStatus#ISSUED}; staff see a move to
 * {@link InvoiceStatus#FAILED}.
 */
public record InvoiceChanged(InvoiceId invoiceId, OrderId orderId, String orderNumber, InvoiceKind kind,
        InvoiceStatus from, InvoiceStatus to, @Nullable String number, String actor, @Nullable String note,
        Instant at) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("invoicing." + kind.name().toLowerCase(java.util.Locale.ROOT) + "." + to.name()
                .toLowerCase(java.util.Locale.ROOT), actor, "invoice:" + invoiceId).with("order", orderNumber)
                .with("from", from).with("number", number).with("note", note);
    }
}
