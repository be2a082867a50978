package com.certhall.accounts.domain;

import com.certhall.shared.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Login names: 4–32 letters, digits, '.', '_' or '-', starting with a letter; compared without case. */
public final class LoginNames {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{3,31}");

    private LoginNames() {
    }

    public static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /** Trims and checks a chosen login name; errors name {@code field}. */
    public static String parse(String field, String raw) {
        String name = raw == null ? "" : raw.trim();
        if (name.isEmpty()) {
            throw InvalidInputException.of(field, "required", "validation.required", field);
        }
        if (!FORMAT.matcher(name).matches()) {
            throw InvalidInputException.of(field, "format", "accounts.validation.loginName.format", field);
        }
        return name;
    }
}
