package com.certhall.pki;

import com.certhall.shared.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * One item of {@link CertificateAuthority#issueAll}: the certificate issued for its request (or issued for the same
 * request id before), or the refusal of this request alone.
 *
 * @param requestId   the item's idempotency key (empty when the item itself was missing)
 * @param certificate the certificate, durably stored; null when refused
 * @param refusal     why this item was refused (a CSR that does not verify, a key of another algorithm …); null when
 *                    issued
 */
public record IssuanceOutcome(String requestId, @Nullable IssuedCertificate certificate,
        @Nullable ProblemException refusal) {

    public IssuanceOutcome {
        if ((certificate == null) == (refusal == null)) {
            throw new IllegalArgumentException("an outcome is either a certificate or a refusal");
        }
    }

    public boolean issued() {
        return certificate != null;
    }
}
