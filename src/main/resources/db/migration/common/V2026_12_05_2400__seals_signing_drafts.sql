-- seals: a PDF a holder uploaded to sign on /seals/sign, kept until signed so no error loses it (docs/seals.md
-- "Signing PDFs"); drafts older than a day are removed. BYTEA is BINARY VARYING in H2's PostgreSQL mode (up to
-- 10^9 bytes), bytea in PostgreSQL.
CREATE TABLE seals_signing_draft (
    id             UUID                     NOT NULL,
    account_id     UUID                     NOT NULL,
    file_name      VARCHAR(255)             NOT NULL,
    content        BYTEA                     NOT NULL,
    signed         BYTEA,
    credential_id  VARCHAR(64),
    page_index     INTEGER,
    pos_left       DOUBLE PRECISION,
    pos_top        DOUBLE PRECISION,
    handle         VARCHAR(64),
    created_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    signed_at      TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT seals_signing_draft_pk PRIMARY KEY (id)
);
CREATE INDEX seals_signing_draft_account_ix ON seals_signing_draft (account_id, created_at);
