package com.certhall.verification;

import com.certhall.orders.OrderId;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;
import java.util.UUID;

/**
 * The bank paid the 0.01 CNY that carries a certificate PIN in its memo, or refused the account. Audited without
 * the PIN and with the account masked.
 */
public record PinDepositMade(UUID deliveryId, OrderId order, VerificationId verificationId, boolean paid,
        String bankName, String maskedAccount, String outcome, Instant at) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of(paid ? "verification.pinDeposit.paid" : "verification.pinDeposit.refused",
                "system:verification", "pin-delivery:" + deliveryId)
                .with("order", order).with("verification", verificationId).with("bank", bankName)
                .with("account", maskedAccount).with(paid ? "reference" : "refusal", outcome);
    }
}
