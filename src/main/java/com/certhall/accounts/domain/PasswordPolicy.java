package com.certhall.accounts.domain;

import com.certhall.shared.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Rules for a new password (NIST SP 800-63B §5.1.1.2): 10 to 64 characters, no control or format characters,
 * letters and digits both, not the login name, and not one of the most common passwords (the list shipped in
 * {@code accounts/common-passwords.txt}, its source named in its header and in docs/security.md). Only new
 * passwords are checked: a stored password keeps working until its owner changes it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 64;
    static final String COMMON_LIST = "/accounts/common-passwords.txt";
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** @throws InvalidInputException naming {@code field} with the first rule the password breaks */
    public static void check(String field, String password, String loginName) {
        if (password == null || password.isEmpty()) {
            throw InvalidInputException.of(field, "required", "validation.required", field);
        }
        if (password.codePoints().anyMatch(PasswordPolicy::isControlOrFormat)) {
            throw InvalidInputException.of(field, "control", "accounts.validation.password.control", field);
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
        String lower = password.toLowerCase(Locale.ROOT);
        String login = loginName == null ? "" : loginName.trim().toLowerCase(Locale.ROOT);
        if (!login.isEmpty() && lower.equals(login)) {
            throw InvalidInputException.of(field, "sameAsLogin", "accounts.validation.password.sameAsLogin", field);
        }
        if (isCommon(password)) {
            throw InvalidInputException.of(field, "common", "accounts.validation.password.common", field);
        }
    }

    /** Whether the password, ignoring case, is on the common-passwords list. */
    public static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    static int commonListSize() {
        return COMMON.size();
    }

    private static boolean isControlOrFormat(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(65_536);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_LIST + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
