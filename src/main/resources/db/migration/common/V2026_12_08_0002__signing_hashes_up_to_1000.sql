-- signing: one authorization names up to 1000 hashes (docs/signing.md, "SCAL2 here"), Base64 of 32 bytes joined by
-- spaces: 1000 x 44 + 999 characters.
ALTER TABLE signing_authorization ALTER COLUMN hashes SET DATA TYPE VARCHAR(50000);
ALTER TABLE signing_log ALTER COLUMN hashes SET DATA TYPE VARCHAR(50000);
