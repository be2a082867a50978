package com.certhall.accounts.domain;

import com.certhall.shared.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-account and per-source throttling of password checks, in place of a lock that anybody could set off for
 * somebody else (docs/security.md, "Accounts"). A typed login that matches no account has its own key with the
 * same policy, so the answers never tell whether an account exists. Each method is its own short transaction;
 * callers hold none (a request never holds two database connections).
 */
@Service
public class LoginThrottle {

    private final LoginFailures failures;
    private final ThrottlePolicy sourcePolicy;
    private final Clock clock;

    LoginThrottle(LoginFailures failures, AccountsProperties properties, Clock clock) {
        this.failures = failures;
        this.sourcePolicy = properties.login().sourcePolicy();
        this.clock = clock;
    }

    /** A throttled thing and its policy. */
    public record Key(String value, ThrottlePolicy policy) {
    }

    static Key account(UUID accountId) {
        return new Key("account:" + accountId, ThrottlePolicy.ACCOUNT);
    }

    static Key staff(UUID staffId) {
        return new Key("staff:" + staffId, ThrottlePolicy.ACCOUNT);
    }

    static Key unknownLogin(String typed) {
        String key = LoginNames.key(typed.strip()).toLowerCase(Locale.ROOT);
        return new Key("login:" + (key.length() > 250 ? key.substring(0, 250) : key), ThrottlePolicy.ACCOUNT);
    }

    static Key passwordChange(UUID accountId) {
        return new Key("password-change:" + accountId, ThrottlePolicy.PASSWORD_CHANGE);
    }

    Key source(@Nullable String clientIp) {
        return new Key("ip:" + (clientIp == null || clientIp.isBlank() ? "unknown" : clientIp), sourcePolicy);
    }

    /** @throws RateLimitedException (429, Retry-After) while any key must still wait */
    @Transactional(readOnly = true)
    public void check(String messageKey, Key... keys) {
        Duration wait = waitFor(keys);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new RateLimitedException(messageKey, Duration.ofSeconds(seconds), seconds);
        }
    }

    /** The longest wait any of the keys imposes now. */
    @Transactional(readOnly = true)
    public Duration waitFor(Key... keys) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (Key key : keys) {
            Instant since = now.minus(key.policy().window());
            long count = failures.countSince(key.value(), since);
            if (count >= key.policy().freeFailures()) {
                Duration w = key.policy().waitAfter(count, failures.lastSince(key.value(), since), now);
                wait = w.compareTo(wait) > 0 ? w : wait;
            }
        }
        return wait;
    }

    /** Records one failure under every key; returns the count of the first key now. */
    @Transactional
    public long fail(Key... keys) {
        Instant now = clock.instant();
        for (Key key : keys) {
            failures.save(new LoginFailure(key.value(), now));
        }
        return keys.length == 0 ? 0 : failures.countSince(keys[0].value(), now.minus(keys[0].policy().window()));
    }

    /** A success, an SMS login or a password reset: the key starts afresh. */
    @Transactional
    public void clear(Key key) {
        failures.clear(key.value());
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 900_000)
    @Transactional
    public void purgeOld() {
        failures.purgeBefore(clock.instant().minus(Duration.ofHours(25)));
    }
}
