package com.certhall.pki;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;

/** Published when a certificate on hold was released and is good again (RFC 5280 §5.3.1 removeFromCRL). */
public record CertificateHoldReleased(String caName, String serialHex, Instant releasedAt) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("pki.certificate.holdReleased", "system", caName + "/" + serialHex)
                .with("releasedAt", releasedAt);
    }
}
