-- Uploaded materials: one row per stored version; nothing is ever deleted (retention, shared/DESIGN.md).
CREATE TABLE documents_document (
    id               UUID                     NOT NULL PRIMARY KEY,
    owner_ref        VARCHAR(100)             NOT NULL,
    kind             VARCHAR(32)              NOT NULL,
    status           VARCHAR(16)              NOT NULL,
    original_name    VARCHAR(255)             NOT NULL,
    content_type     VARCHAR(64)              NOT NULL,
    size_bytes       BIGINT                   NOT NULL,
    sha256           VARCHAR(64)              NOT NULL,
    blob_key         VARCHAR(200)             NOT NULL,
    uploaded_by      VARCHAR(100)             NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    replaces_id      UUID,
    superseded_by_id UUID,
    removed_by       VARCHAR(100),
    removed_at       TIMESTAMP WITH TIME ZONE,
    version          BIGINT                   NOT NULL,
    CONSTRAINT documents_document_blob_key_uq UNIQUE (blob_key),
    CONSTRAINT documents_document_status_ck CHECK (status IN ('ACTIVE', 'SUPERSEDED', 'DELETED'))
);

CREATE INDEX documents_document_owner_idx ON documents_document (owner_ref, status);

-- Whether an owner's documents may still change (locked at submission).
CREATE TABLE documents_owner_lock (
    owner_ref  VARCHAR(100)             NOT NULL PRIMARY KEY,
    locked     BOOLEAN                  NOT NULL,
    changed_by VARCHAR(100)             NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL
);
