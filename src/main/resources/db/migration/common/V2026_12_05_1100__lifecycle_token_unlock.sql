-- The sandbox UKEY simulates a real token's user PIN: retry counter, lock, challenge and unblock
-- (docs/lifecycle.md, "PIN unlock"). pin_hash stays NULL until an unblock sets a new PIN: until then the PIN is the
-- one the key file was written under.
ALTER TABLE lifecycle_sandbox_token ADD COLUMN pin_hash VARCHAR(200);
ALTER TABLE lifecycle_sandbox_token ADD COLUMN pin_retries_left INT DEFAULT 5 NOT NULL;
ALTER TABLE lifecycle_sandbox_token ADD COLUMN challenge VARCHAR(16);
ALTER TABLE lifecycle_sandbox_token ADD COLUMN challenge_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE lifecycle_sandbox_token ADD COLUMN unlock_key VARCHAR(32);

-- Response codes the CA gave out: at most one per token and challenge, audited, never the code itself.
CREATE TABLE lifecycle_unlock_grant (
    id            UUID                     NOT NULL,
    serial_hex    VARCHAR(64)              NOT NULL,
    token_serial  VARCHAR(40)              NOT NULL,
    challenge_key VARCHAR(64)              NOT NULL,
    account_id    UUID                     NOT NULL,
    issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT lifecycle_unlock_grant_once UNIQUE (token_serial, challenge_key)
);
