package com.certhall.accounts.domain;

import com.certhall.shared.InvalidInputException;
import java.util.Locale;

/** At least 8 and at most 64 characters, letters and digits both, and not the login name itself. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    /** @throws InvalidInputException naming {@code field} with the first rule the password breaks */
    public static void check(String field, String password, String loginName) {
        if (password == null || password.isEmpty()) {
            throw InvalidInputException.of(field, "required", "validation.required", field);
        }
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw InvalidInputException.of(field, "length", "accounts.validation.password.length", field,
                    MIN_LENGTH, MAX_LENGTH);
        }
        boolean letter = password.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
        boolean digit = password.chars().anyMatch(c -> c >= '0' && c <= '9');
        if (!letter || !digit) {
            throw InvalidInputException.of(field, "letterAndDigit", "accounts.validation.password.letterAndDigit",
                    field);
        }
        String login = loginName.trim().toLowerCase(Locale.ROOT);
        if (!login.isEmpty() && password.toLowerCase(Locale.ROOT).equals(login)) {
            throw InvalidInputException.of(field, "sameAsLogin", "accounts.validation.password.sameAsLogin", field);
        }
    }
}
