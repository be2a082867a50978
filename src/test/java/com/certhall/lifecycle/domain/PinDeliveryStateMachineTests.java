package com.certhall.lifecycle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.lifecycle.PinCourier;
import com.certhall.lifecycle.PinDeliveryStatus;
import com.certhall.support.Combinations;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A PIN delivery is pending (PIN sealed) until it is delivered (PIN wiped, channel and masked destination kept); a
 * second report of the same delivery changes nothing.
 */
class PinDeliveryStateMachineTests {

    static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    static PinDelivery in(PinDeliveryStatus status) {
        PinDelivery d = PinDelivery.pending(UUID.randomUUID(), "sealed-pin", "sealed-mobile", NOW);
        if (status == PinDeliveryStatus.DELIVERED) {
            d.delivered(PinCourier.Channel.SMS, "138****0000", NOW);
        }
        assertThat(d.status()).isEqualTo(status);
        return d;
    }

    @ParameterizedTest(name = "deliver from {0}")
    @MethodSource("statuses")
    void deliveringWipesThePinOnceAndKeepsTheFirstReport(PinDeliveryStatus status) {
        PinDelivery d = in(status);
        d.delivered(PinCourier.Channel.DEPOSIT_MEMO, "中国工商银行北京分行 ****3456", NOW.plusSeconds(60));

        assertThat(d.status()).isEqualTo(PinDeliveryStatus.DELIVERED);
        assertThat(d.sealedPin()).isNull();
        assertThat(d.view().status()).isEqualTo(PinDeliveryStatus.DELIVERED);
        assertThat(d.view().destination()).isEqualTo(status == PinDeliveryStatus.PENDING
                ? "中国工商银行北京分行 ****3456" : "138****0000");
    }

    static Stream<PinDeliveryStatus> statuses() {
        return Stream.of(PinDeliveryStatus.values());
    }

    static Stream<Arguments> everyPairOfStates() {
        return Combinations.pairs(PinDeliveryStatus.values(), PinDeliveryStatus.values());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStates")
    void onlyAPendingDeliveryMovesAndOnlyToDelivered(PinDeliveryStatus from, PinDeliveryStatus to) {
        assertThat(from.canTransitionTo(to))
                .isEqualTo(from == PinDeliveryStatus.PENDING && to == PinDeliveryStatus.DELIVERED);
    }
}
