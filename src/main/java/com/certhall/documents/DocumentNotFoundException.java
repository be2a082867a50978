package com.certhall.documents;

import com.certhall.shared.ProblemException;

/** 404: no such document, or it belongs to another owner. */
public class DocumentNotFoundException extends ProblemException {

    public DocumentNotFoundException(DocumentId id) {
        super(404, "documents.error.notFound", "document not found: " + id);
    }
}
