package com.certhall.verification.domain;

import com.certhall.shared.DataProtection;
import com.certhall.shared.SiteProperties;
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
public class CaseOpener {

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

    public VerificationCase open(StartVerification cmd, String orderNumber, Instant now) {
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
        long amountFen = 1 + random.nextInt(100);
        // The memo lets the company's accountant find the deposit among the day's receipts.
        String memo = "数字证书实名认证 " + orderNumber;
        CorporateAccountVerifier.Deposit deposit = bank.deposit(cmd.subjectName(), Objects.requireNonNull(cmd.uscc()),
                Objects.requireNonNull(cmd.bankName()), Objects.requireNonNull(cmd.bankAccount()), amountFen, memo);
        if (!deposit.paid()) {
            return refused(cmd, deposit.refusal(), now);
        }
        VerificationCase c = opened(cmd, now);
        c.depositMade(amountFen, deposit.reference());
        return c;
    }

    private VerificationCase withCode(StartVerification cmd, IdentityMatch match, Instant now) {
        if (!match.consistent()) {
            return refused(cmd, match.code(), now);
        }
        VerificationCodes.Ticket ticket = codes.issue(Objects.requireNonNull(cmd.mobile()), cmd.locale());
        VerificationCase c = opened(cmd, now);
        c.codeSent(ticket.challengeId());
        return c;
    }

    private VerificationCase face(StartVerification cmd, Instant now) {
        FaceLiveness.Session session = face.start(Objects.requireNonNull(cmd.name()),
                Objects.requireNonNull(cmd.idNumber()));
        VerificationCase c = opened(cmd, now);
        String absolute = session.url().startsWith("/") ? baseUrl + session.url() : session.url();
        c.faceSessionOpened(session.id(), session.url(), cmd.faceDelivery(), absolute,
                cmd.mobile() == null ? null : cmd.mobile().value(), cmd.locale());
        return c;
    }

    private VerificationCase opened(StartVerification cmd, Instant now) {
        return VerificationCase.open(VerificationId.random(), cmd.order(), cmd.party(), cmd.method(),
                Subject.of(cmd, protection), MethodRules.of(cmd.method()), cmd.actor(), now);
    }

    private VerificationCase refused(StartVerification cmd, String code, Instant now) {
        return VerificationCase.refused(VerificationId.random(), cmd.order(), cmd.party(), cmd.method(),
                Subject.of(cmd, protection), MethodRules.of(cmd.method()), code, cmd.actor(), now);
    }
}
