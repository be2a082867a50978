package com.certhall.payments;

import com.certhall.orders.OrderId;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import com.certhall.shared.Money;
import java.time.Instant;

/** A paid payment was refunded (the order was cancelled before issuance); {@code refundId} is the provider's. */
public record PaymentRefunded(PaymentId paymentId, OrderId applicationId, String orderNumber,
        PaymentMethod method, Money amount, String refundId, String reason, String actor, Instant at)
        implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("payments.refunded", actor, "payment:" + paymentId)
                .with("order", orderNumber).with("method", method).with("amountFen", amount.fen())
                .with("refund", refundId).with("reason", reason);
    }
}
