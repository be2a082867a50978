package com.certhall.payments;

import com.certhall.orders.OrderId;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;

/** Finance did not accept a bank-transfer voucher; the applicant may upload another one. */
public record VoucherRejected(PaymentId paymentId, OrderId applicationId, String orderNumber, String reason,
        String actor, Instant at) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("payments.voucher.rejected", actor, "payment:" + paymentId)
                .with("order", orderNumber).with("reason", reason);
    }
}
