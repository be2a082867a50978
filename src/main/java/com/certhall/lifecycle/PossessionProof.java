package com.certhall.lifecycle;

import org.jspecify.annotations.Nullable;

/**
 * A way the holder of a certificate proves possession of its current key (docs/lifecycle.md, "Renewal"): the key signs
 * a server challenge once the holder's secret authorizes it. Lifecycle asks it before an unchanged renewal and checks
 * the signature against the certificate itself. {@code signing} implements it for a cloud certificate, whose key it
 * keeps and whose signing PIN the holder set (docs/signing.md); for a UKEY the key is on the token, so the way is
 * the token's middleware on the holder's computer: the sandbox token's adapter in the sandbox, and in any case the
 * holder's own middleware may answer a challenge through {@code PossessionProofs.challenge}/{@code answer}.
 */
public interface PossessionProof {

    /** Whether this way can prove possession of the key of {@code certificate}. */
    boolean serves(HeldCertificateView certificate);

    /**
     * Signs {@code challenge} (the whole message) with the certificate's key if {@code secret} authorizes it; a wrong
     * secret counts towards the key's lock as a wrong signing PIN does. The signature is logged for the holder.
     *
     * @param purpose what the signature is for, as the holder's signature log shows it
     */
    Outcome sign(HeldCertificateView certificate, @Nullable String secret, byte[] challenge, String purpose,
            String actor);

    /** What became of a challenge. */
    sealed interface Outcome {
    }

    /** @param signature over the challenge, as a relying party verifies it with the certificate's public key */
    record Signed(byte[] signature) implements Outcome {
    }

    /** @param retriesLeft wrong secrets left before the key locks (0 when locked) */
    record Refused(Reason reason, int retriesLeft) implements Outcome {
    }

    /** Why a challenge was not signed. */
    enum Reason {
        /** No secret, or not the key's. */
        WRONG_SECRET,
        /** Too many wrong secrets in a row: the key is locked until its holder resets the secret. */
        LOCKED,
        /** The holder has not set a secret yet (a cloud certificate not activated). */
        NOT_ACTIVATED,
        /** The secret was right but the key cannot be used (a token that lost its copy of the key). */
        KEY_UNAVAILABLE
    }
}
