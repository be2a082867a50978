package com.certhall.accounts.domain;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The lock-out rule shared by applicant accounts and staff users: five wrong passwords in a row lock the
 * credential for fifteen minutes; a right password resets the count; an expired lock starts a fresh count.
 */
public final class LoginGuard {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    private LoginGuard() {
    }

    /** @throws AccountLockedException while {@code lockedUntil} is in the future */
    public static void checkNotLocked(@Nullable Instant lockedUntil, Instant now) {
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            throw new AccountLockedException(lockedUntil);
        }
    }

    /** The failure count after one more wrong password (a lapsed lock counts from zero again). */
    public static int failuresAfterMiss(int failures, @Nullable Instant lockedUntil, Instant now) {
        boolean lapsed = lockedUntil != null && !now.isBefore(lockedUntil);
        return (lapsed ? 0 : failures) + 1;
    }

    /** The lock to set after {@code failures} misses, or null when still below the limit. */
    public static @Nullable Instant lockFor(int failures, Instant now) {
        return failures >= MAX_FAILURES ? now.plus(LOCK) : null;
    }
}
