package com.certhall.recognition;

import com.certhall.documents.DocumentKind;
import java.util.Optional;

/** The scans recognition can read, with the stored document kind each comes from. */
public enum ScanKind {
    ID_CARD_FRONT(DocumentKind.ID_FRONT),
    ID_CARD_BACK(DocumentKind.ID_BACK),
    BUSINESS_LICENCE(DocumentKind.BUSINESS_LICENSE);

    private final DocumentKind documentKind;

    ScanKind(DocumentKind documentKind) {
        this.documentKind = documentKind;
    }

    public DocumentKind documentKind() {
        return documentKind;
    }

    /** The scan kind of a stored material, empty for materials recognition does not read. */
    public static Optional<ScanKind> of(DocumentKind kind) {
        for (ScanKind k : values()) {
            if (k.documentKind == kind) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
