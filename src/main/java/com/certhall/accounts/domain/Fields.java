package com.certhall.accounts.domain;

import com.certhall.shared.InvalidInputException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Small field checks shared by the account services; each error names its field. */
final class Fields {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Fields() {
    }

    static String required(String field, @Nullable String raw, int maxLength) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw InvalidInputException.of(field, "required", "validation.required", field);
        }
        if (value.length() > maxLength) {
            throw InvalidInputException.of(field, "length", "accounts.validation.tooLong", field, maxLength);
        }
        return value;
    }

    static String email(String field, @Nullable String raw) {
        String value = required(field, raw, 254);
        if (!EMAIL.matcher(value).matches()) {
            throw InvalidInputException.of(field, "format", "validation.constraint.Email", field);
        }
        return value;
    }

    static String text(@Nullable String raw) {
        return raw == null ? "" : raw;
    }
}
