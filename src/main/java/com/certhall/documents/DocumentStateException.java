package com.certhall.documents;

import com.certhall.shared.ConflictException;

/** 409: the version is no longer the current one (already replaced or deleted), so it cannot change again. */
public class DocumentStateException extends ConflictException {

    public DocumentStateException(DocumentId id, DocumentStatus status) {
        super("documents.error.notActive", "document " + id + " is " + status, status.name());
    }
}
