package com.certhall.lifecycle.domain;

import com.certhall.shared.StateTable;
import java.util.EnumSet;
import java.util.Set;

/**
 * An order's issuance is running from the move to ISSUING until the move to ISSUED, then done; the recovery job
 * re-drives the running ones (docs/lifecycle.md). The names are the values of {@code lifecycle_issuance.status}.
 */
public enum IssuanceStatus implements StateTable<IssuanceStatus> {
    RUNNING, DONE;

    @Override
    public Set<IssuanceStatus> successors() {
        return switch (this) {
            case RUNNING -> EnumSet.of(DONE);
            case DONE -> EnumSet.noneOf(IssuanceStatus.class);
        };
    }
}
