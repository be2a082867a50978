package com.certhall.shared;

/** Shows the ends of a sensitive value and stars the middle, e.g. {@code 440308********1234}. */
public final class Masking {

    private Masking() {
    }

    public static String mask(String value, int keepStart, int keepEnd) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        int n = value.length();
        if (n <= keepStart + keepEnd) {
            return "*".repeat(n);
        }
        return value.substring(0, keepStart) + "*".repeat(n - keepStart - keepEnd) + value.substring(n - keepEnd);
    }

    /** Masks an e-mail address as {@code z***@example.com}. */
    public static String maskEmail(String email) {
        if (email == null || email.isEmpty()) {
            return "";
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return mask(email, 1, 0);
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /**
     * Masks a person's name as the certificate query shows it: the first character kept, each other one starred, at
     * least one star ({@code 张**}, {@code 李*}).
     */
    public static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
