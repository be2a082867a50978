package com.certhall.accounts;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** The password of an account was changed or reset; the owner is told by SMS in case it was not them. */
public record PasswordChanged(UUID accountId, String mobile, boolean reset, Instant at, Locale locale) {

    @Override
    public String toString() {
        return "PasswordChanged[" + accountId + ", reset=" + reset + "]";
    }
}
