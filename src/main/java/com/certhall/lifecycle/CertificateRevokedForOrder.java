package com.certhall.lifecycle;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;

/**
 * A lifecycle order revoked a certificate (docs/lifecycle.md): the holder's revocation, a reissue
 * ({@code KEY_COMPROMISE}) or the new certificate of a renewal or change ({@code SUPERSEDED}).
 */
public record CertificateRevokedForOrder(String serialHex, String certificateOrderNumber, String orderNumber,
        String reason, String actor, Instant at) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("lifecycle.revokeForOrder", actor, "certificate:" + serialHex)
                .with("order", orderNumber).with("certificateOrder", certificateOrderNumber).with("reason", reason);
    }
}
