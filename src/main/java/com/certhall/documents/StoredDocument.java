package com.certhall.documents;

import java.time.Instant;
import java.util.Optional;

/**
 * One stored document version as callers see it. {@code contentType} is the sniffed type, never the one the
 * browser claimed; {@code sha256} is the lower-case hex digest of the plaintext.
 */
public record StoredDocument(DocumentId documentId, DocumentOwner owner, DocumentKind kind, long size,
        String contentType, String sha256, String originalName, Instant uploadedAt, DocumentStatus status,
        Optional<DocumentId> replaces) {

    public DocumentFormat format() {
        for (DocumentFormat format : DocumentFormat.values()) {
            if (format.contentType().equals(contentType)) {
                return format;
            }
        }
        throw new IllegalStateException("unknown stored content type " + contentType);
    }
}
