package com.certhall.accounts;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Wrong passwords for an account crossed the free limit: password sign-in now waits until {@code nextAttemptAt}
 * and longer after each further miss; SMS sign-in stays open. The owner is told by SMS.
 */
public record PasswordSignInThrottled(UUID accountId, String mobile, Instant nextAttemptAt, Locale locale) {

    @Override
    public String toString() {
        return "PasswordSignInThrottled[" + accountId + ", next " + nextAttemptAt + "]";
    }
}
