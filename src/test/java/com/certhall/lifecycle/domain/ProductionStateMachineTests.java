package com.certhall.lifecycle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.lifecycle.IllegalLifecycleTransition;
import com.certhall.lifecycle.ProductionStatus;
import com.certhall.support.Combinations;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (state, action) pair of a UKEY production is allowed to the expected state or refused, naming the move. */
class ProductionStateMachineTests {

    static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    enum Action {
        PRODUCE(p -> p.produced("staff:operator", NOW)),
        SHIP(p -> p.shipped("SF", "SF123456789012", "staff:operator", NOW)),
        COLLECT(p -> p.collected("王经办 4403**********1234", "staff:operator", NOW)),
        DELIVER(p -> p.delivered("courier:SF", NOW, NOW));

        final Consumer<Production> run;

        Action(Consumer<Production> run) {
            this.run = run;
        }
    }

    /** Where each action leads from each state; absent = refused. */
    static final Map<ProductionStatus, Map<Action, ProductionStatus>> ALLOWED = Map.of(
            ProductionStatus.WAITING, Map.of(Action.PRODUCE, ProductionStatus.PRODUCED),
            ProductionStatus.PRODUCED, Map.of(Action.SHIP, ProductionStatus.SHIPPED,
                    Action.COLLECT, ProductionStatus.COLLECTED),
            ProductionStatus.SHIPPED, Map.of(Action.DELIVER, ProductionStatus.DELIVERED),
            ProductionStatus.DELIVERED, Map.of(),
            ProductionStatus.COLLECTED, Map.of());

    /** A production in {@code status}, reached through the real moves. */
    static Production in(ProductionStatus status) {
        Production p = Production.waiting(UUID.randomUUID(), "CH202612050001", "MAIL", NOW);
        switch (status) {
            case WAITING -> { }
            case PRODUCED -> Action.PRODUCE.run.accept(p);
            case SHIPPED -> List.of(Action.PRODUCE, Action.SHIP).forEach(a -> a.run.accept(p));
            case DELIVERED -> List.of(Action.PRODUCE, Action.SHIP, Action.DELIVER).forEach(a -> a.run.accept(p));
            case COLLECTED -> List.of(Action.PRODUCE, Action.COLLECT).forEach(a -> a.run.accept(p));
        }
        assertThat(p.status()).isEqualTo(status);
        return p;
    }

    static Stream<Arguments> everyStateAndAction() {
        return Combinations.pairs(ProductionStatus.values(), Action.values());
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStateAndAction")
    void everyPairIsAllowedOrRefused(ProductionStatus status, Action action) {
        Production p = in(status);
        ProductionStatus expected = ALLOWED.get(status).get(action);
        if (expected != null) {
            action.run.accept(p);
            assertThat(p.status()).isEqualTo(expected);
            assertThat(p.view().status()).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> action.run.accept(p))
                    .isInstanceOfSatisfying(IllegalLifecycleTransition.class, e -> {
                        assertThat(e.from()).isEqualTo(status);
                        assertThat(e.getMessage()).contains(status + " -> ");
                    });
            assertThat(p.status()).isEqualTo(status);
        }
    }

    static Stream<Arguments> everyPairOfStates() {
        return Combinations.pairs(ProductionStatus.values(), ProductionStatus.values());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStates")
    void theSuccessorTableIsTheMatrix(ProductionStatus from, ProductionStatus to) {
        assertThat(from.canTransitionTo(to)).isEqualTo(ALLOWED.get(from).containsValue(to));
        assertThat(from.isOpen()).isEqualTo(from == ProductionStatus.WAITING || from == ProductionStatus.PRODUCED);
    }
}
