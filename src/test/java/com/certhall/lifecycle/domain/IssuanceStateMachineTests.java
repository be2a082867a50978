package com.certhall.lifecycle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.Combinations;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (state, action) pair of an order's issuance: it runs, counting failures, until it is done; finishing or
 * failing again once done leaves it done (the driver may finish a re-driven issuance twice, docs/lifecycle.md).
 */
class IssuanceStateMachineTests {

    static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    enum Action {
        FAIL(i -> i.failed("CaUnavailable: down", NOW)),
        FINISH(i -> i.done(NOW));

        final Consumer<Issuance> run;

        Action(Consumer<Issuance> run) {
            this.run = run;
        }
    }

    static final Map<IssuanceStatus, Map<Action, IssuanceStatus>> EXPECTED = Map.of(
            IssuanceStatus.RUNNING, Map.of(Action.FAIL, IssuanceStatus.RUNNING, Action.FINISH, IssuanceStatus.DONE),
            IssuanceStatus.DONE, Map.of(Action.FAIL, IssuanceStatus.DONE, Action.FINISH, IssuanceStatus.DONE));

    static Issuance in(IssuanceStatus status) {
        Issuance i = Issuance.start(UUID.randomUUID(), "CH202612050001", NOW);
        if (status == IssuanceStatus.DONE) {
            i.done(NOW);
        }
        assertThat(i.status()).isEqualTo(status);
        return i;
    }

    static Stream<Arguments> everyStateAndAction() {
        return Combinations.pairs(IssuanceStatus.values(), Action.values());
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStateAndAction")
    void everyPairLeadsToTheExpectedState(IssuanceStatus status, Action action) {
        Issuance i = in(status);
        int attempts = i.attempts();
        action.run.accept(i);
        assertThat(i.status()).isEqualTo(EXPECTED.get(status).get(action));
        assertThat(i.isDone()).isEqualTo(i.status() == IssuanceStatus.DONE);
        assertThat(i.attempts()).isEqualTo(action == Action.FAIL ? attempts + 1 : attempts);
    }

    static Stream<Arguments> everyPairOfStates() {
        return Combinations.pairs(IssuanceStatus.values(), IssuanceStatus.values());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStates")
    void onlyARunningIssuanceMovesAndOnlyToDone(IssuanceStatus from, IssuanceStatus to) {
        assertThat(from.canTransitionTo(to)).isEqualTo(from == IssuanceStatus.RUNNING && to == IssuanceStatus.DONE);
    }
}
