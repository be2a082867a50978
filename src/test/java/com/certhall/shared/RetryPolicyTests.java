package com.certhall.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one retry rule of the outbox workers (docs/architecture.md, section on the outbox workers). */
class RetryPolicyTests {

    private static final Instant NOW = Instant.parse("2026-12-05T00:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), 4);

    @Test
    void theWaitDoublesAfterEachFailure() {
        assertThat(policy.afterFailure(0, true, NOW)).isEqualTo(new RetryPolicy.RetryAt(1, NOW.plusSeconds(30)));
        assertThat(policy.afterFailure(1, true, NOW)).isEqualTo(new RetryPolicy.RetryAt(2, NOW.plusSeconds(60)));
        assertThat(policy.afterFailure(2, true, NOW)).isEqualTo(new RetryPolicy.RetryAt(3, NOW.plusSeconds(120)));
    }

    @Test
    void theLastAttemptGivesUpAndAPermanentFailureAtOnce() {
        assertThat(policy.afterFailure(3, true, NOW)).isEqualTo(new RetryPolicy.GiveUp(4, false));
        assertThat(policy.afterFailure(0, false, NOW)).isEqualTo(new RetryPolicy.GiveUp(1, true));
    }

    @Test
    void theDoublingIsCapped() {
        RetryPolicy many = new RetryPolicy(Duration.ofSeconds(1), 100);
        RetryPolicy.Next next = many.afterFailure(40, true, NOW);
        assertThat(next).isEqualTo(new RetryPolicy.RetryAt(41, NOW.plusSeconds(1L << RetryPolicy.MAX_DOUBLINGS)));
    }

    @Test
    void errorsAreKeptShortAndNonsenseIsRefused() {
        assertThat(RetryPolicy.brief("x".repeat(1000))).hasSize(RetryPolicy.MAX_ERROR_LENGTH);
        assertThat(RetryPolicy.brief(null)).isEmpty();
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(-1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
