package com.certhall.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.certhall.shared.RateLimitedException;
import com.certhall.support.TestClock;
import com.certhall.support.WebIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Growing delays instead of a lock (NIST SP 800-63B §5.2.2), per account and per source address. */
@WebIntegrationTest
class ThrottleTests {

    static final Instant T0 = Instant.parse("2026-12-05T02:00:00Z");

    @Autowired
    LoginFailures failures;
    @Autowired
    TestClock clock;

    @Test
    void fiveFailuresAreFreeThenTheDelayDoublesUpToFifteenMinutes() {
        ThrottlePolicy policy = ThrottlePolicy.ACCOUNT;
        assertThat(policy.waitAfter(4, T0, T0)).isZero();
        assertThat(policy.waitAfter(5, T0, T0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.waitAfter(6, T0, T0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.waitAfter(7, T0, T0.plusSeconds(100))).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.waitAfter(30, T0, T0)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.waitAfter(100, T0, T0)).as("the hard limit waits out the day")
                .isEqualTo(Duration.ofHours(24));
    }

    @Test
    void oneSourceAddressIsSlowedDownAcrossAccountsWhileOthersAreNot() {
        LoginThrottle throttle = new LoginThrottle(failures,
                new AccountsProperties(null, null, new AccountsProperties.Login(3), null), clock);
        clock.freeze();
        LoginThrottle.Key source = throttle.source("203.0.113." + (System.nanoTime() % 250));
        for (int i = 0; i < 3; i++) {
            throttle.fail(LoginThrottle.account(UUID.randomUUID()), source);
        }
        RateLimitedException slowed = catchThrowableOfType(RateLimitedException.class,
                () -> throttle.check("accounts.error.throttled", LoginThrottle.account(UUID.randomUUID()), source));
        assertThat(slowed.retryAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(throttle.waitFor(throttle.source("198.51.100.7"))).isZero();
        clock.advance(Duration.ofSeconds(11));
        assertThat(throttle.waitFor(source)).isZero();
    }
}
