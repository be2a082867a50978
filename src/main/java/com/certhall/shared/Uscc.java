package com.certhall.shared;

/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-character alphabet
 * without I, O, Z, S, V, the last being a modulo-31 check character over weighted positions.
 */
public record Uscc(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public Uscc {
        check("uscc", value);
    }

    /** Cleans pasted input and checks it; errors name {@code field}. */
    public static Uscc parse(String field, String raw) {
        String cleaned = InputHygiene.compact(raw);
        check(field, cleaned);
        return new Uscc(cleaned);
    }

    public static boolean isValid(String raw) {
        return InvalidInputException.accepts(() -> check("uscc", InputHygiene.compact(raw)));
    }

    private static void check(String field, String v) {
        InvalidInputException.requireText(field, v);
        if (v.length() != 18) {
            throw InvalidInputException.of(field, "length", "validation.uscc.length", field, v.length());
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(v.charAt(i)) < 0) {
                throw InvalidInputException.of(field, "character", "validation.uscc.character", field,
                        String.valueOf(v.charAt(i)), i + 1);
            }
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(v.charAt(i)) * WEIGHTS[i];
        }
        int expected = (31 - sum % 31) % 31;
        if (ALPHABET.indexOf(v.charAt(17)) != expected) {
            throw InvalidInputException.of(field, "checkDigit", "validation.uscc.checkDigit", field);
        }
    }

    /** The 9-character organisation code embedded at positions 9–17. */
    public String organizationCode() {
        return value.substring(8, 17);
    }

    public String masked() {
        return Masking.mask(value, 4, 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
