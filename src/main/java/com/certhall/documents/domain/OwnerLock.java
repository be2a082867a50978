package com.certhall.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Whether an owner's documents may still change. Every change to the owner's documents bumps this row's version
 * (optimistic force-increment), so a change racing with {@code lock} loses one way or the other: either the
 * upload commits first and is locked with the rest, or it fails with a concurrent-change conflict.
 */
@Entity
@Table(name = "documents_owner_lock")
class OwnerLock {

    @Id
    @Column(name = "owner_ref", length = 100)
    private String owner;

    @Column(nullable = false)
    private boolean locked;

    @Column(nullable = false, length = 100)
    private String changedBy;

    @Column(nullable = false)
    private Instant changedAt;

    @Version
    @Column(nullable = false)
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected OwnerLock() {
        // for JPA
    }

    OwnerLock(String owner, String actor, Instant at) {
        this.owner = owner;
        this.locked = false;
        this.changedBy = actor;
        this.changedAt = at;
    }

    /** True when this call changed the state. */
    boolean setLocked(boolean wanted, String actor, Instant at) {
        if (locked == wanted) {
            return false;
        }
        this.locked = wanted;
        this.changedBy = actor;
        this.changedAt = at;
        return true;
    }

    boolean isLocked() {
        return locked;
    }
}
