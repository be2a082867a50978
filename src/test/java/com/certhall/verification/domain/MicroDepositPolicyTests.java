package com.certhall.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import com.certhall.verification.PartyRole;
import com.certhall.verification.PinChannel;
import com.certhall.verification.VerificationMethod;
import com.certhall.verification.VerificationStatus;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The micro-deposit rule on its own: amounts, memo, tries and time, who it verifies, what ends it. */
class MicroDepositPolicyTests {

    @Test
    void theBankPaysBetweenOneAndAHundredFenAndTheAnswerMustBeSuchAnAmount() {
        SplittableRandom random = new SplittableRandom(7);
        assertThat(IntStream.range(0, 2_000).mapToLong(i -> MicroDepositPolicy.drawAmount(random)))
                .allSatisfy(fen -> assertThat(fen).isBetween(1L, 100L))
                .contains(1L, 100L);
        assertThat(MicroDepositPolicy.checkAnswer(1)).isInstanceOf(MicroDepositPolicy.Allowance.class);
        assertThat(MicroDepositPolicy.checkAnswer(100)).isInstanceOf(MicroDepositPolicy.Allowance.class);
        assertThatThrownBy(() -> MicroDepositPolicy.checkAnswer(0).orThrowInvalid("amountFen"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> assertThat(v.messageKey())
                                .isEqualTo("verification.amountFen.range")));
    }

    @Test
    void threeTriesWithin72HoursThreeCompaniesStartsADayMemoNamesTheOrderPinByMemo() {
        MethodRules rules = MethodRules.of(VerificationMethod.MICRO_DEPOSIT);
        assertThat(rules.maxAttempts()).isEqualTo(3);
        assertThat(rules.validity()).isEqualTo(Duration.ofHours(72));
        assertThat(rules.perDay()).isEqualTo(3);
        assertThat(MicroDepositPolicy.memo("CH20261205001")).isEqualTo("数字证书实名认证 CH20261205001");
        assertThat(MicroDepositPolicy.pinChannel()).isEqualTo(PinChannel.DEPOSIT_MEMO);
    }

    @Test
    void onlyAnOrganisationIsVerifiedByDepositAndOnlyByDeposit() {
        assertThat(MicroDepositPolicy.checkParty(VerificationMethod.MICRO_DEPOSIT, PartyRole.ORGANIZATION))
                .isInstanceOf(MicroDepositPolicy.Allowance.class);
        assertThat(MicroDepositPolicy.checkParty(VerificationMethod.MICRO_DEPOSIT, PartyRole.LEGAL_REP))
                .isInstanceOf(MicroDepositPolicy.Rejection.class);
        assertThat(MicroDepositPolicy.checkParty(VerificationMethod.FACE, PartyRole.ORGANIZATION))
                .isInstanceOf(MicroDepositPolicy.Rejection.class);
    }

    @Test
    void anUnprovenDepositGoesToManualReviewAndOnlyADepositCanBeSkipped() {
        assertThat(MicroDepositPolicy.unprovenGoesToManualReview(VerificationMethod.MICRO_DEPOSIT)).isTrue();
        assertThat(MicroDepositPolicy.unprovenGoesToManualReview(VerificationMethod.TELECOM_3F)).isFalse();
        assertThat(MicroDepositPolicy.checkSkip(VerificationMethod.MICRO_DEPOSIT, VerificationStatus.FAILED))
                .isInstanceOf(MicroDepositPolicy.Allowance.class);
        assertThatThrownBy(() -> MicroDepositPolicy.checkSkip(VerificationMethod.MICRO_DEPOSIT,
                VerificationStatus.PASSED).orThrowConflict())
                .isInstanceOf(ConflictException.class).hasMessageContaining("already PASSED");
        assertThatThrownBy(() -> MicroDepositPolicy.checkSkip(VerificationMethod.FACE,
                VerificationStatus.PENDING).orThrowConflict())
                .isInstanceOf(ConflictException.class);
    }
}
