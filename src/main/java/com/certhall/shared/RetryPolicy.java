package com.certhall.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How a worker that delivers to an outside party (an invoicing platform, a partner's webhook, an SMS or mail provider)
 * treats a failed attempt: after the n-th failure it waits {@code firstWait × 2^(n−1)} (the doubling capped at
 * {@link #MAX_DOUBLINGS}) and tries again, until {@code maxAttempts} attempts have failed or the failure is permanent;
 * then it gives up and the item is left to staff (docs/architecture.md, "Outbox workers"). One rule for every worker,
 * so no two of them count or wait differently.
 *
 * @param firstWait   the wait after the first failed attempt; zero when the caller's outbox decides the timing
 * @param maxAttempts attempts in all, the first one included; at least 1
 */
public record RetryPolicy(Duration firstWait, int maxAttempts) {

    /** 2^10 × the first wait: 30 s becomes at most about 8.5 hours between two attempts. */
    public static final int MAX_DOUBLINGS = 10;
    /** The longest error text a worker keeps with the item (a provider may answer with a whole page). */
    public static final int MAX_ERROR_LENGTH = 300;

    public RetryPolicy {
        Objects.requireNonNull(firstWait, "firstWait");
        if (firstWait.isNegative()) {
            throw new IllegalArgumentException("the first wait cannot be negative: " + firstWait);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt: " + maxAttempts);
        }
    }

    /** What follows a failed attempt. */
    public sealed interface Next permits RetryAt, GiveUp {
        /** The attempts made so far, the failed one included. */
        int attempts();
    }

    /** Try again at {@code at}. */
    public record RetryAt(int attempts, Instant at) implements Next {
    }

    /** Stop: the attempts are used up, or the failure is one that trying again cannot mend. */
    public record GiveUp(int attempts, boolean permanent) implements Next {
    }

    /**
     * What follows when attempt number {@code attemptsBefore + 1} failed at {@code now}.
     *
     * @param attemptsBefore the failed attempts before this one
     * @param retryable      whether trying again may succeed (a timeout, a 5xx) or not (a refusal of the content)
     */
    public Next afterFailure(int attemptsBefore, boolean retryable, Instant now) {
        int attempts = Math.max(0, attemptsBefore) + 1;
        if (!retryable) {
            return new GiveUp(attempts, true);
        }
        if (attempts >= maxAttempts) {
            return new GiveUp(attempts, false);
        }
        return new RetryAt(attempts, now.plus(firstWait.multipliedBy(1L << Math.min(attempts - 1, MAX_DOUBLINGS))));
    }

    /** An error text short enough to keep with the item. */
    public static String brief(String error) {
        String text = error == null ? "" : error.strip();
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }
}
