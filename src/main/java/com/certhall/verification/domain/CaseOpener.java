package com.certhall.verification.domain;

import com.certhall.shared.DataProtection;
import com.certhall.shared.SiteProperties;
import com.certhall.verification.FaceDelivery;
import com.certhall.verification.StartVerification;
import com.certhall.verification.VerificationId;
import com.certhall.verification.provider.BankCardVerifier;
import com.certhall.verification.provider.CorporateAccountVerifier;
import com.certhall.verification.provider.FaceLiveness;
import com.certhall.verification.provider.IdentityMatch;
import com.certhall.verification.provider.TelecomVerifier;
import com.certhall.verification.provider.VerificationCodes;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Opens a case by asking the method's provider: pays the micro-deposit, runs the 3- or 4-factor match and sends the
 * SMS code, or opens the face session. Runs outside any transaction (provider calls never hold one); the case it
 * returns is not saved yet. A provider that is down throws and leaves nothing behind.
 */
@Component
class CaseOpener {

    private final TelecomVerifier telecom;
    private final BankCardVerifier cards;
    private final CorporateAccountVerifier bank;
    private final FaceLiveness face;
    private final VerificationCodes codes;
    private final DataProtection protection;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    CaseOpener(TelecomVerifier telecom, BankCardVerifier cards, CorporateAccountVerifier bank, FaceLiveness face,
            VerificationCodes codes, DataProtection protection, SiteProperties site) {
        this.telecom = telecom;
        this.cards = cards;
        this.bank = bank;
        this.face = face;
        this.codes = codes;
        this.protection = protection;
        this.baseUrl = site.baseUrl();
    }

    VerificationCase open(StartVerification cmd, String orderNumber, Instant now) {
        return switch (cmd.method()) {
            case MICRO_DEPOSIT -> microDeposit(cmd, orderNumber, now);
            case TELECOM_3F -> withCode(cmd, telecom.check(Objects.requireNonNull(cmd.name()),
                    Objects.requireNonNull(cmd.idNumber()), Objects.requireNonNull(cmd.mobile())), now);
            case BANKCARD_4F -> withCode(cmd, cards.check(Objects.requireNonNull(cmd.name()),
                    Objects.requireNonNull(cmd.idNumber()), Objects.requireNonNull(cmd.cardNumber()),
                    Objects.requireNonNull(cmd.mobile())), now);
            case FACE -> face(cmd, now);
        };
    }

    private VerificationCase microDeposit(StartVerification cmd, String orderNumber, Instant now) {
        long amountFen = MicroDepositPolicy.drawAmount(random);
        CorporateAccountVerifier.Deposit deposit = bank.deposit(cmd.subjectName(), Objects.requireNonNull(cmd.uscc()),
                Objects.requireNonNull(cmd.bankName()), Objects.requireNonNull(cmd.bankAccount()), amountFen,
                MicroDepositPolicy.memo(orderNumber));
        if (!deposit.paid()) {
            return refused(cmd, deposit.refusal(), now);
        }
        return opened(cmd, new Challenge.MicroDeposit(Objects.requireNonNull(cmd.bankName()), sealedAccount(cmd),
                amountFen, deposit.reference()), now);
    }

    private VerificationCase withCode(StartVerification cmd, IdentityMatch match, Instant now) {
        if (!match.consistent()) {
            return refused(cmd, match.code(), now);
        }
        VerificationCodes.Ticket ticket = codes.issue(Objects.requireNonNull(cmd.mobile()), cmd.locale());
        return opened(cmd, new Challenge.SmsCode(cmd.method(), sealedMobile(cmd), ticket.challengeId()), now);
    }

    private VerificationCase face(StartVerification cmd, Instant now) {
        FaceLiveness.Session session = face.start(Objects.requireNonNull(cmd.name()),
                Objects.requireNonNull(cmd.idNumber()));
        VerificationCase c = opened(cmd, new Challenge.FaceSession(cmd.mobile() == null ? null : sealedMobile(cmd),
                protection.encrypt(session.id()), protection.encrypt(session.url()), cmd.faceDelivery()), now);
        if (cmd.faceDelivery() == FaceDelivery.SMS_LINK) {
            c.faceLinkRequested(Objects.requireNonNull(cmd.mobile(), "mobile").value(), cmd.locale());
        }
        return c;
    }

    private VerificationCase opened(StartVerification cmd, Challenge challenge, Instant now) {
        return VerificationCase.open(VerificationId.random(), cmd.order(), cmd.party(), Subject.of(cmd, protection),
                challenge, MethodRules.of(cmd.method()), cmd.actor(), now);
    }

    private VerificationCase refused(StartVerification cmd, String code, Instant now) {
        return VerificationCase.refused(VerificationId.random(), cmd.order(), cmd.party(), Subject.of(cmd, protection),
                unanswered(cmd), MethodRules.of(cmd.method()), code, cmd.actor(), now);
    }

    /** The challenge of a case the provider refused: what the applicant gave, nothing the provider did. */
    private Challenge unanswered(StartVerification cmd) {
        return switch (cmd.method()) {
            case MICRO_DEPOSIT -> new Challenge.MicroDeposit(Objects.requireNonNull(cmd.bankName()),
                    sealedAccount(cmd), null, null);
            case TELECOM_3F, BANKCARD_4F -> new Challenge.SmsCode(cmd.method(), sealedMobile(cmd), null);
            case FACE -> new Challenge.FaceSession(cmd.mobile() == null ? null : sealedMobile(cmd), null, null, null);
        };
    }

    /** The mobile, encrypted: the certificate PIN may go there. */
    private String sealedMobile(StartVerification cmd) {
        return protection.encrypt(Objects.requireNonNull(cmd.mobile()).value());
    }

    /** The company account, encrypted: the certificate PIN may go there by deposit memo. */
    private String sealedAccount(StartVerification cmd) {
        return protection.encrypt(Objects.requireNonNull(cmd.bankAccount()));
    }
}
