package com.certhall.verification.provider;

import com.certhall.shared.MobileNumber;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One-time SMS codes that prove the applicant holds the mobile a 3- or 4-factor check matched. Issuing and
 * checking goes through this one port so it can be served by the accounts module's SMS challenges.
 */
public interface VerificationCodes {

    /** Sends a code; @throws com.certhall.shared.RateLimitedException when the number got too many codes */
    Ticket issue(MobileNumber mobile, Locale locale);

    /** Whether {@code code} is the live code of that challenge; a right code is used up. */
    boolean accept(UUID challengeId, String code);

    record Ticket(UUID challengeId, Instant expiresAt) {
    }
}
