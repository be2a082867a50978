package com.certhall.documents;

import com.certhall.shared.ConflictException;

/** 409: the owner's documents were locked at submission; they can no longer be added, replaced or deleted. */
public class DocumentsLockedException extends ConflictException {

    public DocumentsLockedException(DocumentOwner owner) {
        super("documents.error.locked", "documents of " + owner + " are locked");
    }
}
