package com.certhall.accounts;

import com.certhall.shared.MobileNumber;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One-time SMS codes for every purpose (registration, login, password reset, mobile change, application
 * signature, order query, verification). A code has 6 digits, lives 5 minutes and dies after 5 wrong tries. Every
 * code obeys {@link SmsSendLimits} (per number and purpose, per account, per client address). A hash of the code
 * is kept to check it, and the code sealed (AES-GCM) until it is used up, dies or expires; {@link SmsCodeIssued}
 * names the challenge and the notifications module reads the code through {@link #codeToSend} after commit.
 * Modules that need a code for a step of theirs (SIGN, VERIFY) call this facade directly; captchas for requests
 * that are not signed in are the caller's business (docs/security.md, "Accounts").
 */
public interface SmsChallengeService {

    /**
     * Issues a code to {@code mobile}.
     *
     * @param clientIp the requesting client's address for the per-address limit, or null to take the current
     *                 request's (the signed-in applicant, if any, is counted too)
     * @throws com.certhall.shared.RateLimitedException (429) with the time to wait when a limit is reached
     */
    SmsChallengeTicket issue(MobileNumber mobile, SmsPurpose purpose, Locale locale, @Nullable String clientIp);

    /**
     * Checks {@code code} against the newest live challenge of this number and purpose and uses it up on
     * success. Joins the caller's transaction (never a second connection); a wrong code counts as a try even when
     * that transaction rolls back.
     *
     * @throws com.certhall.shared.InvalidInputException naming {@code smsCode} when wrong, expired or used up
     */
    void verify(MobileNumber mobile, SmsPurpose purpose, String code);

    /** As {@link #verify(MobileNumber, SmsPurpose, String)}, for a known challenge; returns the number it went to. */
    MobileNumber verify(UUID challengeId, SmsPurpose purpose, String code);

    /**
     * The code of a challenge that is still open and unexpired, for the SMS that carries it; empty once it was used,
     * killed by wrong tries or expired (nothing is then worth sending).
     */
    Optional<String> codeToSend(UUID challengeId);
}
