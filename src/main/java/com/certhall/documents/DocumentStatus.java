package com.certhall.documents;

/**
 * Where a document version stands. Nothing is hard-deleted (docs/architecture.md, "Data"; Electronic Signature Law
 * art. 24): a replaced version becomes {@code SUPERSEDED}, a removed one {@code DELETED}, and both stay readable for
 * review and audit.
 */
public enum DocumentStatus {
    ACTIVE,
    SUPERSEDED,
    DELETED
}
