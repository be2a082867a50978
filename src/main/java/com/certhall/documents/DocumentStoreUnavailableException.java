package com.certhall.documents;

import com.certhall.shared.ProblemException;

/**
 * 503: the blob store did not take or give back a document — unreachable, or it refused this node's credentials.
 * The operator's log line names the cause; the caller may try again later.
 */
public class DocumentStoreUnavailableException extends ProblemException {

    public DocumentStoreUnavailableException(String reason, Throwable cause) {
        super(503, "documents.error.store-unavailable", reason);
        initCause(cause);
    }
}
