package com.certhall.accounts;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** Too many wrong passwords: the account is locked until {@code lockedUntil}; the owner is told by SMS. */
public record AccountLockedOut(UUID accountId, String mobile, Instant lockedUntil, Locale locale) {

    @Override
    public String toString() {
        return "AccountLockedOut[" + accountId + ", until " + lockedUntil + "]";
    }
}
