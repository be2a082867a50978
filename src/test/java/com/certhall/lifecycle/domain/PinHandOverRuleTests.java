package com.certhall.lifecycle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.lifecycle.PinCourier;
import com.certhall.lifecycle.PinCourier.Channel;
import com.certhall.orders.OrderId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Lifecycle's rule for the way a PIN goes (docs/lifecycle.md): the deposit memo when it serves the order, else the
 * SMS; a refused deposit falls back to the SMS; a courier that does not answer ends the attempt with nothing sent
 * after it.
 */
class PinHandOverRuleTests {

    static final PinCourier.Parcel PARCEL = new PinCourier.Parcel(UUID.randomUUID(), new OrderId(UUID.randomUUID()),
            "CH202612050001", "5e1f0c3a9b", "73920418", "13800000000", Locale.SIMPLIFIED_CHINESE,
            PinCourier.KeyHome.CLOUD_DOWNLOAD);

    /** A courier that records what it was given and answers as told. */
    static final class FakePinCourier implements PinCourier {

        final Channel channel;
        final boolean serves;
        final Function<Parcel, Outcome> answer;
        final List<Parcel> carried = new ArrayList<>();

        FakePinCourier(Channel channel, boolean serves, Function<Parcel, Outcome> answer) {
            this.channel = channel;
            this.serves = serves;
            this.answer = answer;
        }

        @Override
        public Channel channel() {
            return channel;
        }

        @Override
        public boolean serves(OrderId order) {
            return serves;
        }

        @Override
        public Outcome carry(Parcel parcel) {
            carried.add(parcel);
            return answer.apply(parcel);
        }
    }

    static FakePinCourier sms() {
        return new FakePinCourier(Channel.SMS, true, p -> new PinCourier.Delivered("138****0000"));
    }

    static FakePinCourier deposit(boolean serves, Function<PinCourier.Parcel, PinCourier.Outcome> answer) {
        return new FakePinCourier(Channel.DEPOSIT_MEMO, serves, answer);
    }

    @Test
    void theDepositMemoGoesFirstWhenItServesTheOrderWhateverTheOrderOfTheBeans() {
        FakePinCourier sms = sms();
        FakePinCourier deposit = deposit(true, p -> new PinCourier.Delivered("中国工商银行北京分行 ****3456"));

        PinHandOver.Carried carried = PinHandOver.carry(List.of(sms, deposit), PARCEL);

        assertThat(carried).isEqualTo(new PinHandOver.Carried(Channel.DEPOSIT_MEMO, "中国工商银行北京分行 ****3456"));
        assertThat(deposit.carried).containsExactly(PARCEL);
        assertThat(sms.carried).isEmpty();
    }

    @Test
    void anOrderNotVerifiedByMicroDepositGetsItsPinBySms() {
        FakePinCourier sms = sms();
        FakePinCourier deposit = deposit(false, p -> new PinCourier.Delivered("never"));

        assertThat(PinHandOver.carry(List.of(deposit, sms), PARCEL))
                .isEqualTo(new PinHandOver.Carried(Channel.SMS, "138****0000"));
        assertThat(deposit.carried).isEmpty();
    }

    @Test
    void anAccountRefusedForGoodPassesThePinToTheSms() {
        FakePinCourier sms = sms();
        FakePinCourier deposit = deposit(true, p -> new PinCourier.Refused("中国工商银行北京分行 ****3456",
                "ACCOUNT_CLOSED"));

        assertThat(PinHandOver.carry(List.of(deposit, sms), PARCEL).channel()).isEqualTo(Channel.SMS);
        assertThat(deposit.carried).hasSize(1);
        assertThat(sms.carried).containsExactly(PARCEL);
    }

    @Test
    void aBankThatDoesNotAnswerEndsTheAttemptWithoutAnSms() {
        FakePinCourier sms = sms();
        FakePinCourier deposit = deposit(true, p -> {
            throw new IllegalStateException("bank down");
        });

        assertThatThrownBy(() -> PinHandOver.carry(List.of(deposit, sms), PARCEL)).hasMessage("bank down");
        assertThat(sms.carried).isEmpty();
    }

    @Test
    void theParcelNeverPrintsThePinOrTheMobile() {
        assertThat(PARCEL.toString()).doesNotContain("73920418").doesNotContain("13800000000")
                .contains(PARCEL.deliveryId().toString());
    }
}
