package com.certhall.pki;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;

/** Published in the issuing transaction when a certificate has been issued and stored. */
public record CertificateIssued(String caName, String serialHex, CertificateProfile profile, KeyAlgorithm algorithm,
        String requestId, Instant notAfter, String fingerprint) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("pki.certificate.issued", "system", caName + "/" + serialHex)
                .with("profile", profile)
                .with("algorithm", algorithm)
                .with("requestId", requestId)
                .with("notAfter", notAfter)
                .with("sha256", fingerprint);
    }
}
