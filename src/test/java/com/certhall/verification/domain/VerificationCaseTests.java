package com.certhall.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.orders.OrderId;
import com.certhall.shared.ConflictException;
import com.certhall.verification.PartyRole;
import com.certhall.verification.PinChannel;
import com.certhall.verification.VerificationId;
import com.certhall.verification.VerificationMethod;
import com.certhall.verification.VerificationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The case's rules without Spring: attempts, expiry, skip, and that a final result never changes. */
class VerificationCaseTests {

    static final Instant T0 = Instant.parse("2026-11-21T02:00:00Z");
    static final Subject COMPANY = new Subject("示例公司", "k1", "9111***341L / 0200****3456");
    static final Subject PERSON = new Subject("张三", "k2", "110105********002X");

    static VerificationCase deposit(long amountFen) {
        return VerificationCase.open(VerificationId.random(), OrderId.random(), PartyRole.ORGANIZATION, COMPANY,
                new Challenge.MicroDeposit("工行", "sealed", amountFen, "REF1"),
                MethodRules.of(VerificationMethod.MICRO_DEPOSIT), "applicant:a", T0);
    }

    static VerificationCase telecom() {
        return VerificationCase.open(VerificationId.random(), OrderId.random(), PartyRole.LEGAL_REP, PERSON,
                new Challenge.SmsCode(VerificationMethod.TELECOM_3F, "sealed", UUID.randomUUID()),
                MethodRules.of(VerificationMethod.TELECOM_3F), "applicant:a", T0);
    }

    @Test
    void rightAmountPassesAndRecordsWhoWhenHow() {
        VerificationCase c = deposit(37);
        c.answerAmount(37, "applicant:a", T0.plusSeconds(60));
        assertThat(c.status()).isEqualTo(VerificationStatus.PASSED);
        assertThat(c.decidedBy()).isEqualTo("applicant:a");
        assertThat(c.decidedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(c.decidedHow()).isEqualTo("amountMatched");
        assertThat(c.pinChannel()).isEqualTo(PinChannel.DEPOSIT_MEMO);
    }

    @Test
    void thirdWrongAmountMeansManualReviewAndThenNothingChanges() {
        VerificationCase c = deposit(37);
        c.answerAmount(36, "a", T0);
        c.answerAmount(38, "a", T0);
        assertThat(c.status()).isEqualTo(VerificationStatus.PENDING);
        assertThat(c.attemptsLeft()).isEqualTo(1);
        c.answerAmount(1, "a", T0);
        assertThat(c.status()).isEqualTo(VerificationStatus.MANUAL);
        assertThatThrownBy(() -> c.answerAmount(37, "a", T0)).isInstanceOf(ConflictException.class);
        assertThat(c.expireIfDue(T0.plus(Duration.ofDays(4)))).isFalse();
        assertThat(c.status()).isEqualTo(VerificationStatus.MANUAL);
    }

    @Test
    void depositExpiresAtExactly72HoursIntoManualReview() {
        VerificationCase c = deposit(5);
        assertThat(c.expireIfDue(T0.plus(Duration.ofHours(72)).minusMillis(1))).isFalse();
        assertThat(c.expireIfDue(T0.plus(Duration.ofHours(72)))).isTrue();
        assertThat(c.status()).isEqualTo(VerificationStatus.MANUAL);
        assertThat(c.decidedHow()).isEqualTo("expired");
    }

    @Test
    void smsMethodsFailInsteadOfGoingToManualReviewAndCannotBeSkipped() {
        VerificationCase c = telecom();
        assertThatThrownBy(() -> c.skip("a", T0)).isInstanceOf(ConflictException.class);
        c.answerCode(false, "a", T0);
        c.answerCode(false, "a", T0);
        c.answerCode(false, "a", T0);
        assertThat(c.status()).isEqualTo(VerificationStatus.FAILED);
        assertThat(c.decidedHow()).isEqualTo("tooManyWrongCodes");
        assertThat(c.pinChannel()).isEqualTo(PinChannel.SMS);
    }

    @Test
    void inconsistentDataIsRecordedAsFailedAtOnce() {
        VerificationCase c = VerificationCase.refused(VerificationId.random(), OrderId.random(),
                PartyRole.HANDLER, PERSON, new Challenge.SmsCode(VerificationMethod.BANKCARD_4F, "sealed", null),
                MethodRules.of(VerificationMethod.BANKCARD_4F), "MISMATCH", "a", T0);
        assertThat(c.status()).isEqualTo(VerificationStatus.FAILED);
        assertThat(c.decidedHow()).isEqualTo("identityMismatch");
    }
}
