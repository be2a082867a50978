package com.certhall.catalog;

import com.certhall.shared.ConflictException;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The answer of a channel policy: {@link Allowed}, or a {@link Rejection} with a stable code and a message key.
 * Rejection messages take the field label as {@code {0}} and the rejection's arguments from {@code {1}} on, so a
 * caller can report one as a field error ({@link Rejection#toViolation}) or as a state conflict.
 */
public sealed interface PolicyDecision permits PolicyDecision.Allowed, PolicyDecision.Rejection {

    PolicyDecision ALLOWED = new Allowed();

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** Throws the rejection as a 400 naming {@code field}; does nothing when allowed. */
    default void orThrow(String field) {
        if (this instanceof Rejection rejection) {
            throw new InvalidInputException(List.of(rejection.toViolation(field)));
        }
    }

    /** The policy allows it. */
    record Allowed() implements PolicyDecision {
    }

    /** The policy refuses it; {@code code} is stable for clients ({@code notAllowed}, {@code tooLarge}). */
    record Rejection(String code, String messageKey, List<Object> args) implements PolicyDecision {

        public Rejection {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(messageKey, "messageKey");
            args = List.copyOf(args);
        }

        public static Rejection of(String code, String messageKey, Object... args) {
            return new Rejection(code, messageKey, List.of(args));
        }

        public FieldViolation toViolation(String field) {
            List<Object> all = new ArrayList<>();
            all.add(field);
            all.addAll(args);
            return new FieldViolation(field, code, messageKey, all);
        }

        /** As a 409 for refusals about the state of an order rather than a field. */
        public ConflictException toConflict() {
            List<Object> all = new ArrayList<>();
            all.add("");
            all.addAll(args);
            return new ConflictException(messageKey, "refused by channel policy: " + code, all.toArray());
        }
    }
}
