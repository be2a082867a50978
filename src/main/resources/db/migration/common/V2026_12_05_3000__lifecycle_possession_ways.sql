-- lifecycle: the ways a holder proves possession of a certificate's key before an unchanged renewal
-- (docs/lifecycle.md, "Renewal"). A proof now says how it was made (way): SIGNING_PIN (the cloud key signed under
-- its signing PIN), TOKEN_PIN (the UKEY signed under its PIN, asked by the platform), SIGNATURE (the holder's UKEY
-- middleware signed a challenge the platform gave out, and sent the signature back) or SMS (a cloud certificate's
-- code to its administrator mobile, which has no signature).
ALTER TABLE lifecycle_possession_proof ADD COLUMN way VARCHAR(16);
ALTER TABLE lifecycle_possession_proof ALTER COLUMN signature DROP NOT NULL;

-- challenges given out for a signature made outside the platform (a UKEY's middleware): one answer each, 10 minutes
CREATE TABLE lifecycle_possession_challenge (
    id          UUID                     NOT NULL PRIMARY KEY,
    serial_hex  VARCHAR(64)              NOT NULL,
    account_id  UUID                     NOT NULL,
    challenge   VARCHAR(400)             NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at TIMESTAMP WITH TIME ZONE,
    issued_by   VARCHAR(100)             NOT NULL
);
