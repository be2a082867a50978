package com.certhall.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.verification.FaceDelivery;
import com.certhall.verification.PinChannel;
import com.certhall.verification.VerificationMethod;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each method's challenge comes back from its columns as it went in, and says where the PIN and SMS went. */
class StoredChallengeTests {

    @Test
    void everyChallengeSurvivesItsColumns() {
        List<Challenge> all = List.of(
                new Challenge.MicroDeposit("工行", "sealed-account", null, null),
                new Challenge.MicroDeposit("工行", "sealed-account", 37L, "REF1"),
                new Challenge.SmsCode(VerificationMethod.TELECOM_3F, "sealed-mobile", UUID.randomUUID()),
                new Challenge.SmsCode(VerificationMethod.BANKCARD_4F, "sealed-mobile", null),
                new Challenge.FaceSession(null, "S1", "/sandbox/face/S1", FaceDelivery.QR),
                new Challenge.FaceSession("sealed-mobile", "S2", "/sandbox/face/S2", FaceDelivery.SMS_LINK));
        for (Challenge c : all) {
            assertThat(StoredChallenge.read(StoredChallenge.of(c), c.method())).isEqualTo(c);
        }
    }

    @Test
    void columnsThatAreAllEmptyStillMakeTheMethodsChallenge() {
        assertThat(StoredChallenge.read(null, com.certhall.verification.VerificationMethod.FACE))
                .isEqualTo(new Challenge.FaceSession(null, null, null, null));
    }

    @Test
    void onlyADepositSendsThePinByMemoAndOnlyCodesAndFaceLinksAreSms() {
        assertThat(new Challenge.MicroDeposit("工行", "a", 1L, "R").pinChannel()).isEqualTo(PinChannel.DEPOSIT_MEMO);
        assertThat(new Challenge.MicroDeposit("工行", "a", 1L, "R").smsSent()).isFalse();
        assertThat(new Challenge.SmsCode(VerificationMethod.TELECOM_3F, "m", null).smsSent()).isFalse();
        assertThat(new Challenge.SmsCode(VerificationMethod.TELECOM_3F, "m", UUID.randomUUID()).smsSent()).isTrue();
        assertThat(new Challenge.FaceSession("m", "S", "/u", FaceDelivery.QR).smsSent()).isFalse();
        assertThat(new Challenge.FaceSession("m", "S", "/u", FaceDelivery.SMS_LINK).pinChannel())
                .isEqualTo(PinChannel.SMS);
    }
}
