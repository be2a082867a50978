package com.certhall.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The legal representative's online signature of the authorization letter (docs/architecture.md, "The orders
 * module"): a link (only its token's hash is kept) valid until a moment, then who signed and when. A new
 * request replaces an unused link; signing uses the link up. Immutable: every change gives a new value.
 */
@Embeddable
class OnlineAuthorization {

    static final OnlineAuthorization NONE = new OnlineAuthorization(null, null, null, null);

    @Column(name = "auth_token_hash", length = 64)
    private @Nullable String tokenHash;
    @Column(name = "auth_token_expires_at")
    private @Nullable Instant linkExpiresAt;
    @Column(name = "auth_signed_at")
    private @Nullable Instant signedAt;
    @Column(name = "auth_signed_by", length = 200)
    private @Nullable String signedBy;

    protected OnlineAuthorization() {
    }

    private OnlineAuthorization(@Nullable String tokenHash, @Nullable Instant linkExpiresAt,
            @Nullable Instant signedAt, @Nullable String signedBy) {
        this.tokenHash = tokenHash;
        this.linkExpiresAt = linkExpiresAt;
        this.signedAt = signedAt;
        this.signedBy = signedBy;
    }

    /** A new link; a signature already given stays. */
    OnlineAuthorization requested(String tokenHash, Instant expiresAt) {
        return new OnlineAuthorization(Objects.requireNonNull(tokenHash), Objects.requireNonNull(expiresAt), signedAt,
                signedBy);
    }

    boolean linkValid(Instant now) {
        return tokenHash != null && linkExpiresAt != null && now.isBefore(linkExpiresAt);
    }

    /** Signed through a valid link, which is then used up. */
    OnlineAuthorization signed(String signer, Instant now) {
        if (!linkValid(now)) {
            throw new IllegalStateException("no valid authorization link");
        }
        return new OnlineAuthorization(null, null, now, Objects.requireNonNull(signer));
    }

    @Nullable Instant linkExpiresAt() {
        return linkExpiresAt;
    }

    @Nullable Instant signedAt() {
        return signedAt;
    }

    @Nullable String signedBy() {
        return signedBy;
    }
}
