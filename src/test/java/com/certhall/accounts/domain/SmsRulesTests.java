package com.certhall.accounts.domain;

import com.certhall.accounts.SmsPurpose;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Send limits (60 s, 10 per number and 5 per account per day, per-address per hour) and the life of one code. */
class SmsRulesTests {

    static final Instant T0 = Instant.parse("2026-11-21T02:00:00Z");
    final SmsSendPolicy policy = new SmsSendPolicy(Duration.ofSeconds(60), 10, 5, 3);
    final MobileNumber mobile = MobileNumber.parse("mobile", "13800138000");

    @Test
    void aNumberWaits60SecondsBetweenCodesOfOnePurpose() {
        assertThat(policy.waitBeforeSending(List.of(), List.of(), List.of(), List.of(), T0)).isEmpty();
        assertThat(policy.waitBeforeSending(List.of(T0), List.of(T0), List.of(), List.of(), T0.plusSeconds(20)))
                .contains(Duration.ofSeconds(40));
        assertThat(policy.waitBeforeSending(List.of(T0), List.of(T0), List.of(), List.of(), T0.plusSeconds(60))).isEmpty();
        // the verification code just sent does not hold up the signature code
        assertThat(policy.waitBeforeSending(List.of(T0), List.of(), List.of(), List.of(), T0.plusSeconds(5))).isEmpty();
    }

    @Test
    void aNumberGetsAtMostTenCodesIn24Hours() {
        List<Instant> sent = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sent.add(T0.plus(Duration.ofMinutes(10L * i)));
        }
        Instant now = T0.plus(Duration.ofHours(3));
        assertThat(policy.waitBeforeSending(sent, List.of(), List.of(), List.of(), now)).contains(Duration.ofHours(21));
        assertThat(policy.waitBeforeSending(sent, List.of(), List.of(), List.of(), T0.plus(Duration.ofHours(24)))).isEmpty();
    }

    @Test
    void anAddressIsLimitedPerHour() {
        List<Instant> fromAddress = List.of(T0, T0.plusSeconds(100), T0.plusSeconds(200));
        assertThat(policy.waitBeforeSending(List.of(), List.of(), List.of(), fromAddress, T0.plusSeconds(300)))
                .contains(Duration.ofSeconds(3300));
        assertThat(policy.waitBeforeSending(List.of(), List.of(), List.of(), fromAddress.subList(0, 2), T0.plusSeconds(300)))
                .isEmpty();
    }

    @Test
    void anAccountIsLimitedPer24HoursWhateverTheNumbers() {
        List<Instant> forAccount = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            forAccount.add(T0.plus(Duration.ofMinutes(i)));
        }
        assertThat(policy.waitBeforeSending(List.of(), List.of(), forAccount, List.of(), T0.plus(Duration.ofHours(1))))
                .contains(Duration.ofHours(23));
        assertThat(policy.waitBeforeSending(List.of(), List.of(), forAccount.subList(0, 4), List.of(),
                T0.plus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void aPastedCodeWithSpacesDashesOrFullWidthDigitsIsTheSameCode() {
        // "415 243" was cut by maxlength=6 and refused (SPEC row 9: strip spaces before length checks)
        assertThat(SmsChallengeDesk.checkFormat("415 243")).isEqualTo("415243");
        assertThat(SmsChallengeDesk.checkFormat(" ４１５２４３\u3000")).isEqualTo("415243");
        assertThat(SmsChallengeDesk.checkFormat("415-243")).isEqualTo("415243");
        assertThat(code(() -> SmsChallengeDesk.checkFormat("415 24"))).isEqualTo("format");
        assertThat(com.certhall.verification.VerificationAnswer.code("415 243").smsCode()).isEqualTo("415243");
    }

    @Test
    void aCodeIsUsedOnceAndOnlyForItsPurpose() {
        SmsChallenge challenge = new SmsChallenge(mobile, SmsPurpose.LOGIN, "123456", code -> "sealed " + code, null, T0);
        assertThat(code(() -> challenge.verify("123456", SmsPurpose.REGISTER, T0))).isEqualTo("expired");
        assertThatCode(() -> challenge.verify(" 123456 ", SmsPurpose.LOGIN, T0)).doesNotThrowAnyException();
        assertThat(code(() -> challenge.verify("123456", SmsPurpose.LOGIN, T0))).isEqualTo("expired");
        assertThat(challenge.sealedCode(T0)).as("a used code is no longer kept").isEmpty();
    }

    @Test
    void theSealedCodeIsKeptOnlyWhileTheChallengeIsOpen() {
        SmsChallenge challenge = new SmsChallenge(mobile, SmsPurpose.LOGIN, "123456", code -> "sealed " + code, null, T0);
        assertThat(challenge.sealedCode(T0)).contains("sealed 123456");
        assertThat(challenge.sealedCode(T0.plus(Duration.ofMinutes(5)))).isEmpty();
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() {
        SmsChallenge challenge = new SmsChallenge(mobile, SmsPurpose.LOGIN, "123456", code -> "sealed " + code, null, T0);
        assertThat(code(() -> challenge.verify("123456", SmsPurpose.LOGIN, T0.plus(Duration.ofMinutes(5)))))
                .isEqualTo("expired");
    }

    @Test
    void theFifthWrongTryKillsTheCode() {
        SmsChallenge challenge = new SmsChallenge(mobile, SmsPurpose.LOGIN, "123456", code -> "sealed " + code, null, T0);
        for (int i = 0; i < 4; i++) {
            assertThat(code(() -> challenge.verify("654321", SmsPurpose.LOGIN, T0))).isEqualTo("wrong");
        }
        assertThat(code(() -> challenge.verify("654321", SmsPurpose.LOGIN, T0))).isEqualTo("exhausted");
        assertThat(challenge.sealedCode(T0)).isEmpty();
        assertThat(code(() -> challenge.verify("123456", SmsPurpose.LOGIN, T0))).isEqualTo("expired");
    }

    private static String code(Runnable check) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, check::run);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.violations().get(0).field()).isEqualTo("smsCode");
        return e.violations().get(0).code();
    }
}
