package com.certhall.verification.domain;

import com.certhall.shared.DataProtection;
import com.certhall.shared.Masking;
import com.certhall.verification.StartVerification;
import com.certhall.verification.VerificationMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Whom a case verifies, as far as it keeps it: the display name, the masked identifier, and a keyed one-way hash of
 * the identity ({@code uscc:<USCC>} or {@code id:<ID number>}) for the per-day limits, without storing the
 * identifier itself. The contact the certificate PIN may go to belongs to the method's {@link Challenge}.
 */
@Embeddable
public record Subject(
        @Column(name = "subject_name", nullable = false, length = 200) String name,
        @Column(name = "identity_key", nullable = false, length = 64) String identityKey,
        @Column(name = "masked_identifier", nullable = false, length = 64) String maskedIdentifier) {

    public static Subject of(StartVerification cmd, DataProtection protection) {
        if (cmd.method() == VerificationMethod.MICRO_DEPOSIT) {
            var uscc = Objects.requireNonNull(cmd.uscc());
            String account = Objects.requireNonNull(cmd.bankAccount());
            return new Subject(cmd.subjectName(), protection.keyedHash("uscc:" + uscc.value()),
                    uscc.masked() + " / " + Masking.mask(account, 4, 4));
        }
        var id = Objects.requireNonNull(cmd.idNumber());
        String masked = id.masked();
        if (cmd.method() == VerificationMethod.BANKCARD_4F) {
            masked = masked + " / " + Objects.requireNonNull(cmd.cardNumber()).masked();
        }
        return new Subject(cmd.subjectName(), protection.keyedHash("id:" + id.value()), masked);
    }

    @Override
    public String toString() {
        return "Subject[" + maskedIdentifier + "]";
    }
}
