package com.certhall.lifecycle.provider.sandbox;

import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.lifecycle.PossessionProof;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Proof of possession of a sandbox UKEY's key (docs/lifecycle.md, "Renewal"): the platform hands the token the
 * server challenge with the PIN the holder typed, as the UKEY middleware on the holder's computer does when a page
 * asks it, and the token signs it with its own key — the same signature as {@code POST
 * /sandbox/api/tokens/{serial}/signatures}. A wrong PIN costs one of the token's tries; the last one locks it.
 */
@Component
@Profile("sandbox")
class SandboxTokenPossessionProof implements PossessionProof {

    private final SandboxTokens tokens;

    SandboxTokenPossessionProof(SandboxTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean serves(HeldCertificateView certificate) {
        return "UKEY".equals(certificate.medium()) && certificate.tokenSerial() != null
                && tokens.holds(certificate.tokenSerial());
    }

    @Override
    public Outcome sign(HeldCertificateView certificate, @Nullable String secret, byte[] challenge, String purpose,
            String actor) {
        SandboxTokens.Attempt attempt = tokens.attempt(certificate.tokenSerial(), challenge,
                secret == null ? "" : secret.strip());
        if (attempt.signature() != null) {
            return new Signed(attempt.signature());
        }
        if (attempt.keyUnavailable()) {
            return new Refused(Reason.KEY_UNAVAILABLE, attempt.retriesLeft());
        }
        return attempt.retriesLeft() == 0 ? new Refused(Reason.LOCKED, 0)
                : new Refused(Reason.WRONG_SECRET, attempt.retriesLeft());
    }
}
