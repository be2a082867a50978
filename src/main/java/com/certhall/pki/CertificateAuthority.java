package com.certhall.pki;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The certificate authority: issues certificates for verified subject data, revokes them, and tells their status.
 * It knows nothing about orders; callers pass a {@code requestId} that makes issuance idempotent.
 *
 * <p>Certificates chain to the issuing CA of their {@link KeyAlgorithm} ({@code sm2-issuing}, {@code ecc-issuing},
 * {@code rsa-issuing}), which chains to its root. Issuance and revocation run in the caller's transaction when there
 * is one and publish {@link CertificateIssued}, {@link CertificateRevoked} and {@link CertificateHoldReleased}.
 * Bad input raises {@code shared.InvalidInputException} naming the field ({@code csr}, {@code subject.uscc} …);
 * unknown serials {@code NotFoundException}; impossible transitions {@code ConflictException}.
 */
public interface CertificateAuthority {

    /**
     * Issues a certificate for the public key in the request's CSR. The CSR's signature is checked (proof of
     * possession) and its key must match the requested algorithm (RSA ≥ 2048 bits, P-256, or SM2); its subject is
     * ignored. A repeat with the same {@code requestId} returns the certificate issued the first time.
     */
    IssuedCertificate issue(IssuanceRequest request);

    /**
     * Issues certificates for many CSRs at once (batch enrolment: UKEY production runs, a partner's bulk orders) and
     * commits them in one transaction of its own, apart from any caller's. Each CSR is checked as by {@link #issue};
     * the answer holds one outcome per request, in order: its certificate (durably stored when this returns; the one
     * issued first for a request id seen before or twice in the list) or the refusal of that item alone. Refused
     * items never fail the others. At most {@code 1000} requests per call ({@code requests} is refused otherwise).
     */
    List<IssuanceOutcome> issueAll(List<IssuanceRequest> requests);

    /**
     * Generates a key pair for the holder, issues the certificate and returns both as PKCS#12 protected by a new
     * random PIN of 6–8 digits. The PIN is returned here once and stored only as a salted hash; the PKCS#12 is kept
     * (for {@link #pkcs12}) already encrypted under the PIN. A repeat with the same {@code requestId} returns the
     * same certificate and PKCS#12 with no PIN.
     */
    IssuedWithKey issueWithGeneratedKey(IssuanceRequest request);

    /**
     * Revokes a certificate, or puts it on hold with {@link RevocationReason#CERTIFICATE_HOLD}. A revoked certificate
     * cannot be revoked again (409); a held one may be revoked for good. CRL and OCSP reflect it at once.
     *
     * @param invalidityDate when the key became invalid, or null
     */
    CertificateRecord revoke(String caName, String serialHex, RevocationReason reason,
            @Nullable Instant invalidityDate);

    /** Releases a certificate from hold; it is good again. Refused (409) unless it is on hold. */
    CertificateRecord releaseHold(String caName, String serialHex);

    /** The certificate with this serial number (hex, any case) at any of our CAs. */
    Optional<CertificateRecord> find(String serialHex);

    /** The certificate issued for this idempotency key. */
    Optional<CertificateRecord> findByRequestId(String requestId);

    /** The stored PKCS#12 of a certificate whose key the CA generated (encrypted under the holder's PIN). */
    Optional<byte[]> pkcs12(String caName, String serialHex);

    /** True when {@code pin} is the PIN of a certificate whose key the CA generated. */
    boolean pinMatches(String caName, String serialHex, String pin);

    /** Every CA of this platform, roots first. */
    List<CaCertificate> caCertificates();
}
