package com.certhall.accounts.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When another SMS may go out, against SMS bombing and code farming (docs/security.md, "Accounts"): one message of
 * the same kind per number every 60 s (a verification code and then the signature code may follow each other at
 * once), at most {@code perNumberPerDay} per number and {@code perAccountPerDay} asked by one account in any
 * 24 hours whatever the kind, and {@code perAddressPerHour} per client address in any hour. Answers how long to
 * wait, or nothing when the send is allowed.
 */
public record SmsSendPolicy(Duration resendInterval, int perNumberPerDay, int perAccountPerDay,
        int perAddressPerHour) {

    public static final Duration DAY = Duration.ofHours(24);
    public static final Duration HOUR = Duration.ofHours(1);

    /**
     * @param sentToNumber    send times to this number within the last 24 hours, oldest first
     * @param sentOfKind      those of them of the kind asked for
     * @param sentForAccount  send times asked by this account within the last 24 hours, oldest first
     * @param sentFromAddress send times from this client address within the last hour, oldest first
     */
    public Optional<Duration> waitBeforeSending(List<Instant> sentToNumber, List<Instant> sentOfKind,
            List<Instant> sentForAccount, List<Instant> sentFromAddress, Instant now) {
        Duration wait = Duration.ZERO;
        if (!sentOfKind.isEmpty()) {
            wait = max(wait, Duration.between(now, sentOfKind.get(sentOfKind.size() - 1).plus(resendInterval)));
        }
        wait = max(wait, freed(sentToNumber, perNumberPerDay, DAY, now));
        wait = max(wait, freed(sentForAccount, perAccountPerDay, DAY, now));
        wait = max(wait, freed(sentFromAddress, perAddressPerHour, HOUR, now));
        return !wait.isNegative() && !wait.isZero() ? Optional.of(wait) : Optional.empty();
    }

    private static Duration freed(List<Instant> sent, int limit, Duration window, Instant now) {
        if (sent.size() < limit) {
            return Duration.ZERO;
        }
        return Duration.between(now, sent.get(sent.size() - limit).plus(window));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
