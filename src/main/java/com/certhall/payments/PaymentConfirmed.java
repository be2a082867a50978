package com.certhall.payments;

import com.certhall.orders.OrderId;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import com.certhall.shared.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A payment became paid: the provider's signed callback for a QR payment, or finance confirming a bank transfer.
 * Published in the transaction that marked the order paid, once per payment.
 *
 * @param providerTransactionId the provider's transaction id; null for a bank transfer
 */
public record PaymentConfirmed(PaymentId paymentId, OrderId applicationId, String orderNumber,
        PaymentMethod method, Money amount, @Nullable String providerTransactionId, String actor, Instant at)
        implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("payments.confirmed", actor, "payment:" + paymentId)
                .with("order", orderNumber).with("method", method).with("amountFen", amount.fen())
                .with("transaction", providerTransactionId);
    }
}
