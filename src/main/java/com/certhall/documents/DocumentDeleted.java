package com.certhall.documents;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;

/** A document version was marked deleted by its owner before submission; the bytes are retained. */
public record DocumentDeleted(DocumentId documentId, DocumentOwner owner, DocumentKind kind, String actor,
        Instant at) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("documents.deleted", actor, owner.reference())
                .with("documentId", documentId)
                .with("kind", kind);
    }
}
