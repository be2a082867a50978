package com.certhall.pki;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;
import java.util.Map;

/** Published in the issuing transaction when a certificate has been issued and stored. */
public record CertificateIssued(String caName, String serialHex, CertificateProfile profile, KeyAlgorithm algorithm,
        String requestId, Instant notAfter, String fingerprint) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        // one map, not one copy per detail as AuditRecord.with makes: an entry is written per certificate issued
        return new AuditRecord("pki.certificate.issued", "system", caName + "/" + serialHex, Map.of(
                "profile", AuditRecord.detail(profile), "algorithm", AuditRecord.detail(algorithm),
                "requestId", AuditRecord.detail(requestId), "notAfter", AuditRecord.detail(notAfter),
                "sha256", AuditRecord.detail(fingerprint)));
    }
}
