package com.certhall.pki;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published in the revoking transaction when a certificate was revoked or put on hold
 * ({@link RevocationReason#CERTIFICATE_HOLD}).
 */
public record CertificateRevoked(String caName, String serialHex, RevocationReason reason, Instant revokedAt,
        @Nullable Instant invalidityDate) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("pki.certificate.revoked", "system", caName + "/" + serialHex)
                .with("reason", reason)
                .with("revokedAt", revokedAt)
                .with("invalidityDate", invalidityDate);
    }
}
