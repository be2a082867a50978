package com.certhall.lifecycle.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * An order's issuance is running from the move to ISSUING until the move to ISSUED, then done; the recovery job
 * re-drives the running ones (docs/lifecycle.md). The names are the values of {@code lifecycle_issuance.status}.
 */
public enum IssuanceStatus {
    RUNNING, DONE;

    /** Whether the move from this state to {@code next} is in the table. */
    public boolean canTransitionTo(IssuanceStatus next) {
        return successors().contains(next);
    }

    public Set<IssuanceStatus> successors() {
        return switch (this) {
            case RUNNING -> EnumSet.of(DONE);
            case DONE -> EnumSet.noneOf(IssuanceStatus.class);
        };
    }
}
