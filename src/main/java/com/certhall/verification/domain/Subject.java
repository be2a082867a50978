package com.certhall.verification.domain;

import com.certhall.shared.DataProtection;
import com.certhall.shared.Masking;
import com.certhall.verification.StartVerification;
import com.certhall.verification.VerificationMethod;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a case keeps of the identity data: the display name, the masked identifier, a keyed one-way hash of the
 * identity (for the per-day limits, without storing the ID number), and — encrypted at rest — the mobile or
 * company account the certificate PIN may go to.
 */
public record Subject(String name, String identityKey, String maskedIdentifier, @Nullable String sealedMobile,
        @Nullable String bankName, @Nullable String sealedAccount) {

    public static Subject of(StartVerification cmd, DataProtection protection) {
        if (cmd.method() == VerificationMethod.MICRO_DEPOSIT) {
            var uscc = Objects.requireNonNull(cmd.uscc());
            String account = Objects.requireNonNull(cmd.bankAccount());
            return new Subject(cmd.subjectName(), protection.keyedHash("uscc:" + uscc.value()),
                    uscc.masked() + " / " + Masking.mask(account, 4, 4), null, cmd.bankName(),
                    protection.encrypt(account));
        }
        var id = Objects.requireNonNull(cmd.idNumber());
        String masked = id.masked();
        if (cmd.method() == VerificationMethod.BANKCARD_4F) {
            masked = masked + " / " + Objects.requireNonNull(cmd.cardNumber()).masked();
        }
        return new Subject(cmd.subjectName(), protection.keyedHash("id:" + id.value()), masked,
                cmd.mobile() == null ? null : protection.encrypt(cmd.mobile().value()), null, null);
    }

    @Override
    public String toString() {
        return "Subject[" + maskedIdentifier + "]";
    }
}
