package com.certhall.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Bad input: 400 with every bad field named. */
public final class InvalidInputException extends ProblemException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(400, "error.invalidInput", describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an input error needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String code, String messageKey, Object... args) {
        return new InvalidInputException(List.of(FieldViolation.of(field, code, messageKey, args)));
    }

    /** Whether a check accepts its input: true unless it refuses it with this exception. */
    public static boolean accepts(Runnable check) {
        try {
            check.run();
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** Refuses a missing or empty value of {@code field} ("required"). */
    public static void requireText(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw of(field, "required", "validation.required", field);
        }
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }

    private static String describe(List<FieldViolation> violations) {
        return "Invalid input: " + violations.stream()
                .map(v -> v.field() + " (" + v.code() + ")")
                .collect(Collectors.joining(", "));
    }

    /** Collects violations from several checks so that one answer names every bad field. */
    public static final class Collector {

        private final List<FieldViolation> violations = new ArrayList<>();

        /** Runs a parse step; records its violations instead of throwing, returns null on failure. */
        public <T> T check(java.util.function.Supplier<T> step) {
            try {
                return step.get();
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
                return null;
            }
        }

        public Collector add(FieldViolation violation) {
            violations.add(violation);
            return this;
        }

        public boolean isEmpty() {
            return violations.isEmpty();
        }

        public void throwIfAny() {
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
        }
    }
}
