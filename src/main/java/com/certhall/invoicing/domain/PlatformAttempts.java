package com.certhall.invoicing.domain;

import com.certhall.shared.RetryPolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An invoice's calls to the tax platform: how many failed, when the worker looks at it next, and the last error. The
 * waits between failures follow the one {@link RetryPolicy} of the outbox workers (docs/architecture.md, "Outbox
 * workers").
 */
@Embeddable
class PlatformAttempts {

    @Column(nullable = false)
    private int attempts;
    @Column(nullable = false)
    private Instant nextAttemptAt;
    private @Nullable String lastError;

    protected PlatformAttempts() {
    }

    private PlatformAttempts(Instant dueAt) {
        this.nextAttemptAt = dueAt;
    }

    /** Nothing tried yet; due at once. */
    static PlatformAttempts dueAt(Instant now) {
        return new PlatformAttempts(now);
    }

    /** A failed call: records it and says whether to try again (and when) or give up. */
    RetryPolicy.Next failed(String error, boolean retryable, RetryPolicy retries, Instant now) {
        lastError = RetryPolicy.brief(error);
        RetryPolicy.Next next = retries.afterFailure(attempts, retryable, now);
        attempts = next.attempts();
        if (next instanceof RetryPolicy.RetryAt at) {
            nextAttemptAt = at.at();
        }
        return next;
    }

    /** The platform answered; the last error no longer stands. */
    void answered() {
        lastError = null;
    }

    /** Looked at again after {@code wait} (not a failure). */
    void later(Duration wait, Instant now) {
        nextAttemptAt = now.plus(wait);
    }

    /** Staff send it again: the count starts afresh, due at once. */
    void restart(Instant now) {
        attempts = 0;
        nextAttemptAt = now;
    }

    int count() {
        return attempts;
    }

    Instant nextAt() {
        return nextAttemptAt;
    }

    @Nullable String lastError() {
        return lastError;
    }
}
