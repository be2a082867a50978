package com.certhall.accounts.domain;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Growing delays after failed attempts (NIST SP 800-63B §5.2.2): the first {@code freeFailures} within
 * {@code window} cost nothing; after that each further attempt must wait {@code firstDelay}, doubled per failure,
 * at most {@code maxDelay}, counted from the last failure. At {@code hardLimit} failures the wait runs to the end
 * of the window (a success, an SMS login or a password reset clears the count).
 */
public record ThrottlePolicy(int freeFailures, Duration firstDelay, Duration maxDelay, int hardLimit,
        Duration window) {

    public ThrottlePolicy {
        if (freeFailures < 0 || hardLimit <= freeFailures || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("inconsistent throttle policy");
        }
    }

    /** Accounts and staff users: 5 free, then 30 s doubling to 15 min; at most 100 failures in 24 h. */
    public static final ThrottlePolicy ACCOUNT = new ThrottlePolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(15),
            100, Duration.ofHours(24));
    /** Wrong old passwords when changing the password: 5 free, then a 15-minute pause, growing to an hour. */
    public static final ThrottlePolicy PASSWORD_CHANGE = new ThrottlePolicy(5, Duration.ofMinutes(15),
            Duration.ofHours(1), 20, Duration.ofHours(24));

    /** How long to wait before the next attempt, after {@code failures} failures, the last at {@code last}. */
    public Duration waitAfter(long failures, @Nullable Instant last, Instant now) {
        if (failures < freeFailures || last == null) {
            return Duration.ZERO;
        }
        Instant until = failures >= hardLimit ? last.plus(window) : last.plus(delay(failures));
        Duration wait = Duration.between(now, until);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** The delay after the {@code failures}-th failure: zero while free, then doubling up to the cap. */
    public Duration delay(long failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        long doublings = Math.min(failures - freeFailures, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
