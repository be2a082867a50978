package com.certhall.shared;

import java.util.regex.Pattern;

/** Mainland China mobile number: {@code 1[3-9]} and nine more digits; {@code +86}, spaces and dashes accepted. */
public record MobileNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("1[3-9]\\d{9}");

    public MobileNumber {
        check("mobile", value);
    }

    public static MobileNumber parse(String field, String raw) {
        String cleaned = InputHygiene.compact(raw).replace("-", "");
        if (cleaned.startsWith("+86")) {
            cleaned = cleaned.substring(3);
        } else if (cleaned.startsWith("0086")) {
            cleaned = cleaned.substring(4);
        } else if (cleaned.length() == 13 && cleaned.startsWith("86")) {
            cleaned = cleaned.substring(2);
        }
        check(field, cleaned);
        return new MobileNumber(cleaned);
    }

    public static boolean isValid(String raw) {
        return InvalidInputException.accepts(() -> parse("mobile", raw));
    }

    private static void check(String field, String v) {
        InvalidInputException.requireText(field, v);
        if (!FORMAT.matcher(v).matches()) {
            throw InvalidInputException.of(field, "format", "validation.mobile.format", field);
        }
    }

    public String masked() {
        return Masking.mask(value, 3, 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
