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

    /** An SMS code sent to the mobile the provider matched; {@code codeId} is null until it was sent. */
    sealed interface SmsCode extends Challenge permits TelecomThreeFactor, BankCardFourFactor {

        @Nullable UUID codeId();

        @Override
        String sealedMobile();

        SmsCode withCode(UUID codeId);

        @Override
        default boolean smsSent() {
            return codeId() != null;
        }
    }

    /** Telecom 3-factor: name, ID number and mobile matched by the carrier, then a code to that mobile. */
    record TelecomThreeFactor(String sealedMobile, @Nullable UUID codeId) implements SmsCode {

        public TelecomThreeFactor {
            Objects.requireNonNull(sealedMobile, "sealedMobile");
        }

        @Override
        public TelecomThreeFactor withCode(UUID id) {
            return new TelecomThreeFactor(sealedMobile, id);
        }

        @Override
        public VerificationMethod method() {
            return VerificationMethod.TELECOM_3F;
        }
    }

    /** Bank card 4-factor: name, ID number, card and its reserved mobile matched, then a code to that mobile. */
    record BankCardFourFactor(String sealedMobile, @Nullable UUID codeId) implements SmsCode {

        public BankCardFourFactor {
            Objects.requireNonNull(sealedMobile, "sealedMobile");
        }

        @Override
        public BankCardFourFactor withCode(UUID id) {
            return new BankCardFourFactor(sealedMobile, id);
        }

        @Override
        public VerificationMethod method() {
            return VerificationMethod.BANKCARD_4F;
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
