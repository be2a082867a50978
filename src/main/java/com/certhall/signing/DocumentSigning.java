package com.certhall.signing;

import com.certhall.pki.KeyAlgorithm;
import com.certhall.shared.Caller;
import java.util.List;
import java.util.Optional;

/**
 * Signing a whole document with a cloud credential (docs/signing.md "Documents", docs/seals.md "Signing PDFs"): the
 * SAD is bound, as for {@code signHash}, to the digest of the document as received (SM3 for SM2, SHA-256 otherwise),
 * single use, five minutes; it is obtained exactly as for {@code signHash} (the PIN, or scan-to-sign). The signature
 * itself is over the hash the document format needs (for PAdES: of the CMS signed attributes), made only while the
 * SAD covers the document. Every signature goes to the holder's signature log. Refusals are {@link Refused}.
 */
public interface DocumentSigning {

    /** The cloud credentials the caller may sign with (a holder: their own). */
    List<Credential> credentials(Caller caller);

    /** One credential the caller may sign with; refused as unknown otherwise. */
    Credential credential(Caller caller, String credentialId);

    /** Authorizes one signature of the document with this digest by the signing PIN; the SAD. */
    String authorize(Caller caller, String credentialId, byte[] documentDigest, String description, String pin);

    /** Starts a scan-to-sign authorization of the document with this digest (the holder enters the PIN on a phone). */
    Pending start(Caller caller, String credentialId, byte[] documentDigest, String description);

    /** The SAD once the holder approved (handed over once), empty while pending. */
    Optional<String> check(Caller caller, String handle);

    /**
     * Signs {@code hash} (SHA-256, or e = SM3(Z‖M) for SM2) with the credential's key if {@code sad} is live, unused,
     * this caller's and covers {@code documentDigest}; the SAD is used up.
     */
    byte[] sign(Caller caller, String credentialId, String sad, byte[] documentDigest, byte[] hash);

    /** A credential: certificate (DER) and its CA chain, issuing CA first. */
    record Credential(String id, KeyAlgorithm algorithm, String subjectName, String subjectDn, byte[] certificate,
            List<byte[]> chain, boolean locked, int retriesLeft) {
    }

    /** A scan-to-sign authorization waiting for the holder. */
    record Pending(String handle, String qrUrl, long expiresIn) {
    }

    /** A refusal in the CSC API's terms (§10.1): HTTP status, {@code error} code, English description. */
    class Refused extends RuntimeException {

        private final int status;
        private final String error;

        public Refused(int status, String error, String description) {
            super(description);
            this.status = status;
            this.error = error;
        }

        public int status() {
            return status;
        }

        public String error() {
            return error;
        }
    }
}
