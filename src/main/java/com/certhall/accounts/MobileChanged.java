package com.certhall.accounts;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** The account's mobile number moved from {@code oldMobile} to {@code newMobile}; both numbers are told. */
public record MobileChanged(UUID accountId, String oldMobile, String newMobile, Instant at, Locale locale) {

    @Override
    public String toString() {
        return "MobileChanged[" + accountId + "]";
    }
}
