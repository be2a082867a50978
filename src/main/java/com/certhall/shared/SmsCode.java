package com.certhall.shared;

import org.jspecify.annotations.Nullable;

/**
 * A six-digit SMS code as people type or paste it: spaces (also full-width), dashes and full-width digits are
 * tolerated, as SPEC row 9 asks of every code and number ("415 243" is 415243). One rule for every code field.
 */
public final class SmsCode {

    private SmsCode() {
    }

    /** The code's six digits, or what was typed (cleaned) when it does not have that shape. */
    public static @Nullable String normalize(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return InputHygiene.compact(raw).replace("-", "");
    }

    /** Whether {@code normalized} has the shape of a code. */
    public static boolean wellFormed(@Nullable String normalized) {
        return normalized != null && normalized.matches("\\d{6}");
    }
}
