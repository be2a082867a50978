package com.certhall.applications;

import com.certhall.shared.ConflictException;

/** An action that the order's current state does not allow; names the move that was refused. */
public class IllegalTransition extends ConflictException {

    private final ApplicationStatus from;
    private final ApplicationStatus to;

    public IllegalTransition(String action, ApplicationStatus from, ApplicationStatus to) {
        super("applications.illegalTransition", "Cannot " + action + ": " + from + " -> " + to + " is not allowed",
                action, from.name(), to.name());
        this.from = from;
        this.to = to;
    }

    public ApplicationStatus from() {
        return from;
    }

    public ApplicationStatus to() {
        return to;
    }
}
