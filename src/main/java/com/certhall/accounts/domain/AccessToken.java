package com.certhall.accounts.domain;

import com.certhall.accounts.AuthenticatedUser;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A bearer token, stored as the SHA-256 of the token so a database leak reveals no usable token. */
@Entity
@Table(name = "accounts_access_token")
class AccessToken {

    @Id
    private String tokenHash;
    @Enumerated(EnumType.STRING)
    private AuthenticatedUser.Kind principalKind;
    private UUID principalId;
    private Instant createdAt;
    private Instant expiresAt;

    protected AccessToken() {
    }

    AccessToken(String tokenHash, AuthenticatedUser.Kind kind, UUID principalId, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.principalKind = kind;
        this.principalId = principalId;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isLive(Instant now) {
        return now.isBefore(expiresAt);
    }

    Instant expiresAt() {
        return expiresAt;
    }

    AuthenticatedUser.Kind principalKind() {
        return principalKind;
    }

    UUID principalId() {
        return principalId;
    }
}
