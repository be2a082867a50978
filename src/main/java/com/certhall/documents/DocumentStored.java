package com.certhall.documents;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A document version was stored for its owner, as a first upload or replacing {@code replaces}. */
public record DocumentStored(DocumentId documentId, DocumentOwner owner, DocumentKind kind, String contentType,
        long size, String sha256, @Nullable DocumentId replaces, String actor, Instant at) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of(replaces == null ? "documents.stored" : "documents.replaced", actor, owner.reference())
                .with("documentId", documentId)
                .with("kind", kind)
                .with("contentType", contentType)
                .with("size", size)
                .with("sha256", sha256)
                .with("replaces", replaces);
    }
}
