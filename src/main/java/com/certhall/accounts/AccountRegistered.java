package com.certhall.accounts;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A new applicant account exists; a welcome SMS (and e-mail when known) goes out. */
public record AccountRegistered(UUID accountId, String type, String loginName, String displayName, String mobile,
        String email, Instant at, Locale locale) {

    @Override
    public String toString() {
        return "AccountRegistered[" + accountId + ", " + type + "]";
    }
}
