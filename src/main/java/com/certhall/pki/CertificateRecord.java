package com.certhall.pki;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the CA knows about one issued certificate, including its current status.
 *
 * @param revokedAt      when it was revoked or put on hold, null while good
 * @param reason         the RFC 5280 reason, null while good
 * @param invalidityDate when the key is known or suspected to have become invalid (RFC 5280 §5.3.2), or null
 */
public record CertificateRecord(String serialHex, String caName, CertificateProfile profile, KeyAlgorithm algorithm,
        @Nullable String requestId, String subjectDn, Instant notBefore, Instant notAfter, String fingerprint,
        byte[] der, CertificateStatus status, @Nullable Instant revokedAt, @Nullable RevocationReason reason,
        @Nullable Instant invalidityDate) {

    public byte[] der() {
        return der.clone();
    }

    @Override
    public String toString() {
        return "CertificateRecord[" + caName + "/" + serialHex + ", " + profile + ", " + status + "]";
    }
}
