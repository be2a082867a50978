package com.certhall.shared;

import java.util.Set;

/**
 * A status enum that is its own table of moves: each state names its successors, and a move to any other state is
 * refused by the aggregate holding it.
 */
public interface StateTable<S extends Enum<S>> {

    /** The states this one may move to; empty for a final state. */
    Set<S> successors();

    /** Whether the move from this state to {@code next} is in the table. */
    default boolean canTransitionTo(S next) {
        return successors().contains(next);
    }
}
