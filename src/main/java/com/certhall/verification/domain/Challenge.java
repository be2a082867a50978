package com.certhall.verification.domain;

import com.certhall.verification.FaceDelivery;
import com.certhall.verification.PinChannel;
import com.certhall.verification.VerificationMethod;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a case holds of its method's exchange with the provider and the applicant, one type per method: a
 * micro-deposit has a paid amount and no SMS code, a 3- or 4-factor check an SMS code and no amount, a face check a
 * session and the page the phone opens. The mobile and the company account are kept encrypted
 * ({@link com.certhall.shared.DataProtection}), since the certificate PIN may go there.
 */
public sealed interface Challenge {

    VerificationMethod method();

    /** Where the certificate PIN goes when this case decides the order's verification. */
    default PinChannel pinChannel() {
        return PinChannel.SMS;
    }

    /** The mobile this case knows (encrypted), if any. */
    @Nullable String sealedMobile();

    /** Whether an SMS went to {@link #sealedMobile()}: a code, or a face link. */
    boolean smsSent();

    /**
     * The bank's deposit into the company account ({@link MicroDepositPolicy}); {@code amountFen} and the bank's
     * {@code reference} are null until it is paid, and stay null when the bank refused.
     */
    record MicroDeposit(String bankName, String sealedAccount, @Nullable Long amountFen, @Nullable String reference)
            implements Challenge {

        public MicroDeposit {
            Objects.requireNonNull(bankName, "bankName");
            Objects.requireNonNull(sealedAccount, "sealedAccount");
        }

        MicroDeposit paid(long fen, String bankReference) {
            return new MicroDeposit(bankName, sealedAccount, fen, bankReference);
        }

        boolean matches(long fen) {
            return amountFen != null && amountFen == fen;
        }

        @Override
        public VerificationMethod method() {
            return VerificationMethod.MICRO_DEPOSIT;
        }

        @Override
        public PinChannel pinChannel() {
            return MicroDepositPolicy.pinChannel();
        }

        @Override
        public @Nullable String sealedMobile() {
            return null;
        }

        @Override
        public boolean smsSent() {
            return false;
        }
    }

    /**
     * An SMS code sent to the mobile the provider matched: telecom 3-factor (name, ID number and mobile matched by the
     * carrier) or bank card 4-factor (name, ID number, card and its reserved mobile); {@code codeId} is null until the
     * code was sent.
     */
    record SmsCode(VerificationMethod method, String sealedMobile, @Nullable UUID codeId) implements Challenge {

        public SmsCode {
            if (method != VerificationMethod.TELECOM_3F && method != VerificationMethod.BANKCARD_4F) {
                throw new IllegalArgumentException(method + " sends no SMS code");
            }
            Objects.requireNonNull(sealedMobile, "sealedMobile");
        }

        SmsCode withCode(UUID id) {
            return new SmsCode(method, sealedMobile, id);
        }

        @Override
        public boolean smsSent() {
            return codeId != null;
        }
    }

    /**
     * A face liveness session: the provider's session id and the page the phone opens, shown as a QR code or sent by
     * SMS ({@code delivery}); both sealed, because either may admit to the check (docs/security.md "Secrets"); all
     * null until the session is open.
     */
    record FaceSession(@Nullable String sealedMobile, @Nullable String sealedSessionId, @Nullable String sealedPhoneUrl,
            @Nullable FaceDelivery delivery) implements Challenge {

        FaceSession opened(String id, String sealedUrl, FaceDelivery how) {
            return new FaceSession(sealedMobile, id, sealedUrl, how);
        }

        @Override
        public VerificationMethod method() {
            return VerificationMethod.FACE;
        }

        @Override
        public boolean smsSent() {
            return delivery == FaceDelivery.SMS_LINK;
        }
    }
}
