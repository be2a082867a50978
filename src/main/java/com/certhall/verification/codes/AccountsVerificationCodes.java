package com.certhall.verification.codes;

import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.SmsPurpose;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.verification.provider.VerificationCodes;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Verification SMS codes are the accounts module's SMS challenges with purpose {@code VERIFY}: the same limits,
 * hashing, texts and delivery (and the same sandbox inbox) as every other code.
 */
@Component
class AccountsVerificationCodes implements VerificationCodes {

    private final SmsChallengeService challenges;

    AccountsVerificationCodes(SmsChallengeService challenges) {
        this.challenges = challenges;
    }

    @Override
    public Ticket issue(MobileNumber mobile, Locale locale) {
        // Server-side caller: the per-address limit does not apply; the per-number limits do.
        SmsChallengeTicket ticket = challenges.issue(mobile, SmsPurpose.VERIFY, locale, null);
        return new Ticket(ticket.challengeId(), ticket.expiresAt());
    }

    @Override
    public boolean accept(UUID challengeId, String code) {
        try {
            challenges.verify(challengeId, SmsPurpose.VERIFY, code);
            return true;
        } catch (InvalidInputException wrongExpiredOrUsedUp) {
            return false;
        }
    }
}
