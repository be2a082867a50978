package com.certhall.documents;

import com.certhall.shared.ProblemException;

/**
 * 500: a stored blob failed authentication (AES-GCM tag or SHA-256 mismatch) — it was altered or damaged on
 * disk. Its content is never returned.
 */
public class DocumentIntegrityException extends ProblemException {

    public DocumentIntegrityException(DocumentId id, Throwable cause) {
        super(500, "documents.error.integrity", "stored document " + id + " failed its integrity check");
        initCause(cause);
    }
}
