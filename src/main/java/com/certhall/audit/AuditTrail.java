package com.certhall.audit;

import java.util.function.Supplier;

/**
 * Appends to the audit log. Business changes use {@link #record} so the entry commits or rolls back with them;
 * refusals and security events (failed logins, forged callbacks, lock-outs) use {@link #recordNow}, which commits
 * in its own transaction and therefore survives the caller's rollback.
 */
public interface AuditTrail {

    /** Appends within the caller's transaction. */
    void record(AuditRecord record);

    /** Appends in a new transaction that commits at once, whatever happens to the caller's. */
    void recordNow(AuditRecord record);

    /**
     * Runs {@code work} in the caller's transaction and writes the entries {@link #record}ed on this thread meanwhile
     * when it returns, as multi-row INSERTs of up to 100 entries (one statement and one round trip for a batch of 100);
     * nothing when it throws. Entries recorded
     * inside are not readable before it returns. Nested calls join the outer batch.
     */
    <T> T recordInBatch(Supplier<T> work);
}
