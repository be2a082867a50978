package com.certhall.verification.domain;

import com.certhall.verification.FaceDelivery;
import com.certhall.verification.VerificationMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The columns a {@link Challenge} is kept in, shared by the methods (a deposit's bank reference and a face
 * session's id are both {@code provider_ref}); the case's method tells which {@link Challenge} they make.
 */
@Embeddable
record StoredChallenge(
        @Column(name = "mobile_sealed", length = 200) @Nullable String mobile,
        @Column(name = "bank_name", length = 100) @Nullable String bankName,
        @Column(name = "bank_account_sealed", length = 200) @Nullable String bankAccount,
        @Column(name = "amount_fen") @Nullable Long amountFen,
        @Column(name = "provider_ref", length = 500) @Nullable String providerRef,
        @Column(name = "challenge_id") @Nullable UUID challengeId,
        @Column(name = "phone_url", length = 1000) @Nullable String sealedPhoneUrl,
        @Enumerated(EnumType.STRING) @Column(name = "face_delivery", length = 20) @Nullable FaceDelivery faceDelivery) {

    private static final StoredChallenge EMPTY = new StoredChallenge(null, null, null, null, null, null, null, null);

    static StoredChallenge of(Challenge challenge) {
        if (challenge instanceof Challenge.MicroDeposit d) {
            return new StoredChallenge(null, d.bankName(), d.sealedAccount(), d.amountFen(), d.reference(), null,
                    null, null);
        }
        if (challenge instanceof Challenge.SmsCode s) {
            return new StoredChallenge(s.sealedMobile(), null, null, null, null, s.codeId(), null, null);
        }
        Challenge.FaceSession f = (Challenge.FaceSession) challenge;
        return new StoredChallenge(f.sealedMobile(), null, null, null, f.sealedSessionId(), null, f.sealedPhoneUrl(),
                f.delivery());
    }

    /** The challenge of a case by {@code method}; {@code stored} is null when every column is (JPA's reading). */
    static Challenge read(@Nullable StoredChallenge stored, VerificationMethod method) {
        StoredChallenge s = stored == null ? EMPTY : stored;
        return switch (method) {
            case MICRO_DEPOSIT -> new Challenge.MicroDeposit(Objects.requireNonNull(s.bankName()),
                    Objects.requireNonNull(s.bankAccount()), s.amountFen(), s.providerRef());
            case TELECOM_3F, BANKCARD_4F -> new Challenge.SmsCode(method, Objects.requireNonNull(s.mobile()),
                    s.challengeId());
            case FACE -> new Challenge.FaceSession(s.mobile(), s.providerRef(), s.sealedPhoneUrl(), s.faceDelivery());
        };
    }
}
