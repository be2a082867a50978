package com.certhall.documents;

import com.certhall.shared.ProblemException;

/** 422: the document passed the type check but cannot be drawn (damaged image, password-protected PDF). */
public class PreviewUnavailableException extends ProblemException {

    public PreviewUnavailableException(DocumentId id, Throwable cause) {
        super(422, "documents.error.previewUnavailable", "no preview for " + id);
        initCause(cause);
    }
}
