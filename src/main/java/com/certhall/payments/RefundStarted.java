package com.certhall.payments;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import com.certhall.orders.OrderId;
import com.certhall.shared.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Captured money must go back: a paid payment of a cancelled order, one finance chose to refund, or a late capture
 * (the provider took money for a payment that was already cancelled or expired here). Published in the transaction
 * that marked the payment {@link PaymentStatus#REFUND_PENDING}; the refund through the provider follows after commit.
 *
 * @param lateCapture whether the provider captured the money after the payment was cancelled or expired here
 * @param transactionId the provider's transaction that captured the money; null for a bank transfer
 */
public record RefundStarted(PaymentId paymentId, OrderId applicationId, String orderNumber, PaymentMethod method,
        Money amount, @Nullable String transactionId, boolean lateCapture, String reason, String actor, Instant at)
        implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of(lateCapture ? "payments.lateCapture" : "payments.refundStarted", actor,
                "payment:" + paymentId).with("order", orderNumber).with("method", method)
                .with("amountFen", amount.fen()).with("transaction", transactionId).with("reason", reason);
    }
}
