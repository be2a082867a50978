package com.certhall.accounts.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One failed sign-in (or password check) under a throttle key; never updated, deleted on success or after a day. */
@Entity
@Table(name = "accounts_login_failure")
class LoginFailure {

    @Id
    private UUID id;
    private String throttleKey;
    private Instant failedAt;

    protected LoginFailure() {
    }

    LoginFailure(String throttleKey, Instant failedAt) {
        this.id = UUID.randomUUID();
        this.throttleKey = throttleKey;
        this.failedAt = failedAt;
    }
}
