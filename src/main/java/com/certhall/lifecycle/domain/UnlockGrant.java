package com.certhall.lifecycle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A response code the CA gave for one challenge of one token. Only a hash of token and challenge is kept (unique),
 * so a second code for the same challenge is refused; the code itself is never stored.
 */
@Entity
@Table(name = "lifecycle_unlock_grant")
class UnlockGrant {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String serialHex;
    @Column(nullable = false)
    private String tokenSerial;
    @Column(nullable = false)
    private String challengeKey;
    @Column(nullable = false)
    private UUID accountId;
    @Column(nullable = false)
    private Instant issuedAt;
    @Column(nullable = false)
    private Instant expiresAt;

    protected UnlockGrant() {
        // for JPA
    }

    UnlockGrant(String serialHex, String tokenSerial, String challengeKey, UUID accountId, Instant issuedAt,
            Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.serialHex = serialHex;
        this.tokenSerial = tokenSerial;
        this.challengeKey = challengeKey;
        this.accountId = accountId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
