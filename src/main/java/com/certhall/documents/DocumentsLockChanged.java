package com.certhall.documents;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;

/** The owner's documents were locked (at submission) or unlocked again (an order sent back for changes). */
public record DocumentsLockChanged(DocumentOwner owner, boolean locked, String actor, Instant at)
        implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of(locked ? "documents.locked" : "documents.unlocked", actor, owner.reference());
    }
}
