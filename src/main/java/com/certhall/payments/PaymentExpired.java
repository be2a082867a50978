package com.certhall.payments;

import com.certhall.orders.OrderId;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;

/** An unpaid QR payment passed its expiry and was closed at the provider; the applicant may start a new one. */
public record PaymentExpired(PaymentId paymentId, OrderId applicationId, String orderNumber, Instant at)
        implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("payments.expired", "system", "payment:" + paymentId).with("order", orderNumber);
    }
}
