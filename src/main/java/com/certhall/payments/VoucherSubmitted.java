package com.certhall.payments;

import com.certhall.orders.OrderId;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;

/** The applicant uploaded a bank-transfer voucher (the first or a replacement); it now waits for finance. */
public record VoucherSubmitted(PaymentId paymentId, OrderId applicationId, String orderNumber, int upload,
        String contentType, String sha256, String actor, Instant at) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("payments.voucher.submitted", actor, "payment:" + paymentId)
                .with("order", orderNumber).with("upload", upload).with("contentType", contentType)
                .with("sha256", sha256);
    }
}
