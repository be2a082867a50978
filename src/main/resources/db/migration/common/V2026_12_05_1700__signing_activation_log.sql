-- signing: activation of cloud credentials and the holder's signature log (docs/signing.md).
-- A credential signs only once its holder set the signing PIN (activated_at); a reset after a new identity check
-- counts in resets. Keys issued before activation existed got their PIN by SMS and count as activated.
CREATE TABLE signing_credential_pin (
    serial         VARCHAR(64)  PRIMARY KEY,
    activated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    activated_by   VARCHAR(200) NOT NULL,
    resets         INTEGER      NOT NULL,
    last_reset_at  TIMESTAMP WITH TIME ZONE
);

INSERT INTO signing_credential_pin (serial, activated_at, activated_by, resets)
    SELECT serial, CURRENT_TIMESTAMP, 'migration', 0 FROM pki_cloud_key;

-- who asked (the partner's name), and what came of it: SIGNED, or a refusal of the holder's authorization
-- (WRONG_PIN, LOCKED, DENIED)
ALTER TABLE signing_log ADD COLUMN caller_name VARCHAR(200);
ALTER TABLE signing_log ADD COLUMN result VARCHAR(16) DEFAULT 'SIGNED' NOT NULL;
