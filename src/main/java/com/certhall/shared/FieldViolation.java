package com.certhall.shared;

import java.util.List;
import java.util.Objects;

/**
 * One bad input field: its path as the client sent it ({@code legalRep.idNumber}), a stable code
 * ({@code checkDigit}), and a message key with arguments for the localized text.
 */
public record FieldViolation(String field, String code, String messageKey, List<Object> args) {

    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    public static FieldViolation of(String field, String code, String messageKey, Object... args) {
        return new FieldViolation(field, code, messageKey, List.of(args));
    }
}
