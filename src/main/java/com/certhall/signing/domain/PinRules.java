package com.certhall.signing.domain;

import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * What a signing PIN must be (issue 15: 6 digits, not trivial): not one digit repeated, not a run up or down
 * (123456, 987654), not a 2- or 3-digit pattern repeated (121212, 123123), and not the last six digits of the
 * holder's mobile or identity number.
 */
final class PinRules {

    static final int LENGTH = 6;

    private PinRules() {
    }

    static void check(InvalidInputException.Collector errors, @Nullable String pin, @Nullable String again,
            @Nullable String mobile, @Nullable String idNumber) {
        if (pin == null || pin.isEmpty()) {
            errors.add(FieldViolation.of("pin", "required", "validation.required", "pin"));
            return;
        }
        if (!pin.matches("\\d{" + LENGTH + "}")) {
            errors.add(FieldViolation.of("pin", "format", "validation.signing.pin.format", "pin"));
            return;
        }
        if (trivial(pin) || pin.equals(tail(mobile)) || pin.equals(tail(idNumber))) {
            errors.add(FieldViolation.of("pin", "trivial", "validation.signing.pin.trivial", "pin"));
            return;
        }
        if (!pin.equals(again)) {
            errors.add(FieldViolation.of("pinAgain", "mismatch", "validation.signing.pin.mismatch", "pinAgain"));
        }
    }

    static boolean trivial(String pin) {
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < pin.length(); i++) {
            int step = pin.charAt(i) - pin.charAt(i - 1);
            up &= step == 1;
            down &= step == -1;
        }
        return up || down || repeats(pin, 1) || repeats(pin, 2) || repeats(pin, 3);
    }

    private static boolean repeats(String pin, int period) {
        for (int i = period; i < pin.length(); i++) {
            if (pin.charAt(i) != pin.charAt(i - period)) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable String tail(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String digits = value.replaceAll("\\D", "");
        return digits.length() < LENGTH ? null : digits.substring(digits.length() - LENGTH);
    }
}
