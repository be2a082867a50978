package com.certhall.verification;

import com.certhall.shared.InvalidInputException;
import com.certhall.shared.SmsCode;
import com.certhall.verification.domain.MicroDepositPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The applicant's answer to a pending case: {@code amountFen} for a micro-deposit (an amount the bank could have
 * paid, {@link MicroDepositPolicy}), {@code smsCode} where a code was sent.
 */
public record VerificationAnswer(@Nullable Long amountFen, @Nullable String smsCode) {

    public VerificationAnswer {
        smsCode = SmsCode.normalize(smsCode);
        if (amountFen == null && smsCode == null) {
            throw InvalidInputException.of("answer", "required", "validation.required", "answer");
        }
        if (amountFen != null) {
            MicroDepositPolicy.checkAnswer(amountFen).orThrowInvalid("amountFen");
        }
        if (smsCode != null && !SmsCode.wellFormed(smsCode)) {
            throw InvalidInputException.of("smsCode", "format", "verification.smsCode.format", "smsCode");
        }
    }

    public static VerificationAnswer amount(long fen) {
        return new VerificationAnswer(fen, null);
    }

    public static VerificationAnswer code(String smsCode) {
        return new VerificationAnswer(null, smsCode);
    }
}
