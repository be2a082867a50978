package com.certhall.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The legal representative's online signature of the authorization letter (docs/architecture.md, "The orders
 * module"): a link valid until a moment — its token's keyed hash to find the order, and the token sealed (AES-GCM)
 * so the SMS sender can read it after commit (docs/security.md, "Secrets") — then who signed and when. A new request
 * replaces an unused link; signing uses the link up and drops the sealed token. Immutable: every change gives a new
 * value.
 */
@Embeddable
record OnlineAuthorization(@Column(name = "auth_token_hash", length = 64) @Nullable String tokenHash,
        @Column(name = "auth_token_sealed", length = 200) @Nullable String tokenSealed,
        @Column(name = "auth_token_expires_at") @Nullable Instant linkExpiresAt,
        @Column(name = "auth_signed_at") @Nullable Instant signedAt,
        @Column(name = "auth_signed_by", length = 200) @Nullable String signedBy) {

    static final OnlineAuthorization NONE = new OnlineAuthorization(null, null, null, null, null);

    /** A new link; a signature already given stays. */
    OnlineAuthorization requested(String tokenHash, String tokenSealed, Instant expiresAt) {
        return new OnlineAuthorization(Objects.requireNonNull(tokenHash), Objects.requireNonNull(tokenSealed),
                Objects.requireNonNull(expiresAt), signedAt, signedBy);
    }

    boolean linkValid(Instant now) {
        return tokenHash != null && linkExpiresAt != null && now.isBefore(linkExpiresAt);
    }

    /** Signed through a valid link, which is then used up. */
    OnlineAuthorization signed(String signer, Instant now) {
        if (!linkValid(now)) {
            throw new IllegalStateException("no valid authorization link");
        }
        return new OnlineAuthorization(null, null, null, now, Objects.requireNonNull(signer));
    }

    /** The sealed token of the valid link that expires at {@code expiresAt} (a replaced link has another expiry). */
    @Nullable String sealedToken(Instant expiresAt, Instant now) {
        return linkValid(now) && linkExpiresAt != null
                && linkExpiresAt.toEpochMilli() == expiresAt.toEpochMilli() ? tokenSealed : null;
    }
}
