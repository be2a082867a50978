package com.certhall.accounts.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When another SMS may go out, against SMS bombing: one code of the same purpose per number every 60 s (a
 * verification code and then the signature code may follow each other at once), at most {@code perNumberPerDay}
 * per number in any 24 hours whatever the purpose and {@code perAddressPerHour} per client address in any hour.
 * Answers how long to wait, or nothing when the send is allowed.
 */
public record SmsSendPolicy(Duration resendInterval, int perNumberPerDay, int perAddressPerHour) {

    public static final Duration DAY = Duration.ofHours(24);
    public static final Duration HOUR = Duration.ofHours(1);

    /**
     * @param sentToNumber    send times to this number within the last 24 hours, oldest first
     * @param sentForPurpose  those of them with the purpose of the code asked for
     * @param sentFromAddress send times from this client address within the last hour, oldest first
     */
    public Optional<Duration> waitBeforeSending(List<Instant> sentToNumber, List<Instant> sentForPurpose,
            List<Instant> sentFromAddress, Instant now) {
        Duration wait = Duration.ZERO;
        if (!sentForPurpose.isEmpty()) {
            wait = max(wait, Duration.between(now, sentForPurpose.get(sentForPurpose.size() - 1)
                    .plus(resendInterval)));
        }
        if (sentToNumber.size() >= perNumberPerDay) {
            Instant freed = sentToNumber.get(sentToNumber.size() - perNumberPerDay).plus(DAY);
            wait = max(wait, Duration.between(now, freed));
        }
        if (sentFromAddress.size() >= perAddressPerHour) {
            Instant freed = sentFromAddress.get(sentFromAddress.size() - perAddressPerHour).plus(HOUR);
            wait = max(wait, Duration.between(now, freed));
        }
        return !wait.isNegative() && !wait.isZero() ? Optional.of(wait) : Optional.empty();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
