package com.certhall.audit;

import java.util.List;

/** Read side of the audit log for auditors: recent entries with filters, and verification of the hash chain. */
public interface AuditLog {

    /** Newest first; {@code action} and {@code actor} filter by prefix when not blank. */
    List<AuditEntryView> recent(String action, String actor, int limit);

    /** Walks the whole chain from the first entry and reports the first broken one. */
    ChainVerification verify();
}
