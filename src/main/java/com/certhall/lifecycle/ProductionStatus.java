package com.certhall.lifecycle;

import com.certhall.shared.StateTable;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a UKEY order stands at the operator's desk, and the one table of moves between the states: waiting once
 * approved, produced when its tokens are written, then handed over either by courier (delivered when the courier
 * reports it signed for or the holder confirms receipt) or to the handler in person (docs/lifecycle.md). The names
 * are the values of {@code lifecycle_production.status}.
 */
public enum ProductionStatus implements StateTable<ProductionStatus> {
    WAITING, PRODUCED, SHIPPED, DELIVERED, COLLECTED;

    @Override
    public Set<ProductionStatus> successors() {
        return switch (this) {
            case WAITING -> EnumSet.of(PRODUCED);
            case PRODUCED -> EnumSet.of(SHIPPED, COLLECTED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED, COLLECTED -> EnumSet.noneOf(ProductionStatus.class);
        };
    }

    /** Still at the desk: to be produced, or produced and not yet handed over. */
    public boolean isOpen() {
        return this == WAITING || this == PRODUCED;
    }
}
