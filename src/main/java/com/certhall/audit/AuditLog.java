package com.certhall.audit;

import java.util.List;

/** Read side of the audit log for auditors: recent entries with filters, and verification of the hash chain. */
public interface AuditLog {

    /** Newest first; {@code action} and {@code actor} filter by prefix when not blank. */
    List<AuditEntryView> recent(String action, String actor, int limit);

    /**
     * Walks the whole chain from the first entry, checking every link and every signed checkpoint, and reports
     * the first fault: where and how.
     */
    ChainVerification verify();

    /** Signs the chain head now, as the hourly job does, unless it is signed already. */
    void checkpoint();
}
