package com.certhall.lifecycle;

import com.certhall.shared.ConflictException;
import com.certhall.shared.StateTable;

/**
 * An action the current state of a production, an issuance or a PIN delivery does not allow (409); names the move
 * that was refused.
 */
public class IllegalLifecycleTransition extends ConflictException {

    private final Enum<?> from;
    private final Enum<?> to;

    public IllegalLifecycleTransition(String action, Enum<?> from, Enum<?> to) {
        super("lifecycle.illegalTransition", "Cannot " + action + ": " + from + " -> " + to + " is not allowed",
                action, from.name(), to.name());
        this.from = from;
        this.to = to;
    }

    /** {@code to} when the table of {@code from} allows the move; refuses it otherwise. */
    public static <S extends Enum<S> & StateTable<S>> S checked(String action, S from, S to) {
        if (!from.canTransitionTo(to)) {
            throw new IllegalLifecycleTransition(action, from, to);
        }
        return to;
    }

    public Enum<?> from() {
        return from;
    }

    public Enum<?> to() {
        return to;
    }
}
