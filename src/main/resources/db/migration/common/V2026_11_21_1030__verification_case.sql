-- Verification cases: one per attempt to verify one party of an order by one method. Identifiers are stored
-- masked (mobile and company account encrypted); identity_key is a keyed hash for the per-day limits. No
-- biometric data is stored.
CREATE TABLE verification_case (
    id                UUID                     NOT NULL,
    version           BIGINT                   NOT NULL,
    order_id          UUID                     NOT NULL,
    party             VARCHAR(20)              NOT NULL,
    method            VARCHAR(20)              NOT NULL,
    status            VARCHAR(20)              NOT NULL,
    identity_key      VARCHAR(64)              NOT NULL,
    subject_name      VARCHAR(200)             NOT NULL,
    masked_identifier VARCHAR(64)              NOT NULL,
    mobile_sealed     VARCHAR(200),
    bank_name         VARCHAR(100),
    bank_account_sealed VARCHAR(200),
    amount_fen        BIGINT,
    provider_ref      VARCHAR(100),
    challenge_id      UUID,
    phone_url         VARCHAR(500),
    face_delivery     VARCHAR(20),
    pin_channel       VARCHAR(20)              NOT NULL,
    attempts_used     INTEGER                  NOT NULL,
    max_attempts      INTEGER                  NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(200)             NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by        VARCHAR(200),
    decided_at        TIMESTAMP WITH TIME ZONE,
    decided_how       VARCHAR(60),
    PRIMARY KEY (id)
);
CREATE INDEX verification_case_order_idx ON verification_case (order_id, created_at);
CREATE INDEX verification_case_limit_idx ON verification_case (identity_key, method, created_at);
CREATE INDEX verification_case_pending_idx ON verification_case (status, expires_at);

