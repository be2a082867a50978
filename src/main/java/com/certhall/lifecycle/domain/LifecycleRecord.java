package com.certhall.lifecycle.domain;

import com.certhall.lifecycle.IllegalLifecycleTransition;
import com.certhall.shared.StateTable;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * The status column of a lifecycle row (an issuance, a production, a PIN delivery) and its one way of moving: a move
 * not in the table of {@code S} is refused with {@link IllegalLifecycleTransition} and changes nothing.
 */
@MappedSuperclass
abstract class LifecycleRecord<S extends Enum<S> & StateTable<S>> {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private S status;

    protected LifecycleRecord() {
        // for JPA
    }

    protected LifecycleRecord(S initial) {
        this.status = initial;
    }

    /** Moves to {@code next} for {@code action} (named in the refusal). */
    protected final void moveTo(S next, String action) {
        status = IllegalLifecycleTransition.checked(action, status, next);
    }

    public S status() {
        return status;
    }
}
