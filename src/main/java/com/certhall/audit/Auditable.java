package com.certhall.audit;

/**
 * Implemented by domain events that belong in the audit log. The audit module appends them synchronously, in the
 * transaction that publishes them, so a state change and its audit entry commit together.
 */
public interface Auditable {

    AuditRecord toAuditRecord();
}
