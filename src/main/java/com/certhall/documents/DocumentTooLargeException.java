package com.certhall.documents;

import com.certhall.shared.ProblemException;

/** 413: the upload is larger than the rule allows; reading stopped at the first byte past the limit. */
public class DocumentTooLargeException extends ProblemException {

    private final long limitBytes;

    public DocumentTooLargeException(UploadRule rule) {
        super(413, "documents.error.tooLarge", "document larger than " + rule.maxBytes() + " bytes",
                rule.readableLimit());
        this.limitBytes = rule.maxBytes();
    }

    public long limitBytes() {
        return limitBytes;
    }
}
