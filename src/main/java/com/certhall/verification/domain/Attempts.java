package com.certhall.verification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** How many wrong answers a case has had and may take ({@link MethodRules}), and until when it is open. */
@Embeddable
record Attempts(
        @Column(name = "attempts_used", nullable = false) int used,
        @Column(name = "max_attempts", nullable = false) int max,
        @Column(name = "expires_at", nullable = false) Instant expiresAt) {

    static Attempts of(MethodRules rules, Instant now) {
        return new Attempts(0, rules.maxAttempts(), now.plus(rules.validity()));
    }

    Attempts wrong() {
        return new Attempts(used + 1, max, expiresAt);
    }

    int left() {
        return Math.max(0, max - used);
    }

    /** Whether the case's time is up at {@code now}: the expiry instant itself is already too late. */
    boolean isOver(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
