-- lifecycle: proofs of possession of a certificate's current key before an unchanged renewal (docs/lifecycle.md,
-- "Renewal"). The key signed a random server challenge after the holder's signing PIN authorized it, and the
-- signature verified against the certificate; the proof is good for one renewal order within 10 minutes.
CREATE TABLE lifecycle_possession_proof (
    id          UUID                     NOT NULL PRIMARY KEY,
    serial_hex  VARCHAR(64)              NOT NULL,
    account_id  UUID                     NOT NULL,
    challenge   VARCHAR(400)             NOT NULL,
    signature   VARCHAR(1000)            NOT NULL,
    proven_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    proven_by   VARCHAR(100)             NOT NULL
);

CREATE INDEX lifecycle_possession_proof_serial_ix ON lifecycle_possession_proof (serial_hex, account_id);
