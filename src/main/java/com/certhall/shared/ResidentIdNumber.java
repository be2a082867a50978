package com.certhall.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Resident identity card number (居民身份号码), GB 11643-1999: 6-digit area code, 8-digit birth date that must be
 * a real past date, 3-digit sequence, ISO 7064 MOD 11-2 check character. Old 15-digit numbers are converted.
 */
public record ResidentIdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    public ResidentIdNumber {
        check("idNumber", value);
    }

    public static ResidentIdNumber parse(String field, String raw) {
        String cleaned = InputHygiene.compact(raw);
        if (cleaned.length() == 15 && cleaned.chars().allMatch(Character::isDigit)) {
            String body = cleaned.substring(0, 6) + "19" + cleaned.substring(6);
            cleaned = body + checkCharacter(body);
        }
        check(field, cleaned);
        return new ResidentIdNumber(cleaned);
    }

    public static boolean isValid(String raw) {
        return InvalidInputException.accepts(() -> parse("idNumber", raw));
    }

    private static void check(String field, String v) {
        InvalidInputException.requireText(field, v);
        if (v.length() != 18 || !v.substring(0, 17).chars().allMatch(Character::isDigit)
                || !(Character.isDigit(v.charAt(17)) || v.charAt(17) == 'X')) {
            throw InvalidInputException.of(field, "format", "validation.id.format", field);
        }
        LocalDate birth = birthDateOf(v);
        if (birth == null || birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
            throw InvalidInputException.of(field, "birthDate", "validation.id.birthDate", field);
        }
        if (checkCharacter(v.substring(0, 17)) != v.charAt(17)) {
            throw InvalidInputException.of(field, "checkDigit", "validation.id.checkDigit", field);
        }
    }

    private static char checkCharacter(String body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    private static LocalDate birthDateOf(String v) {
        try {
            return LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public String masked() {
        return Masking.mask(value, 6, 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
