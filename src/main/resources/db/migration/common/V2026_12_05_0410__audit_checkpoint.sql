-- Signed checkpoints of the audit chain (docs/security.md, "Audit chain"). The first row (kind ANCHOR) is written
-- at the first start after this migration, under the chain head's lock: it signs the head as it then stands.
-- Entries up to its chain_seq keep their plain SHA-256 links and are vouched for by the anchor's signature;
-- entries after it are linked with HMAC-SHA256 under a key kept with the CA keys. Later rows (kind CHECKPOINT)
-- sign the head periodically. The signature covers kind, chain_seq, head_hash and signed_at.
CREATE TABLE audit_checkpoint (
    chain_seq BIGINT                   NOT NULL,
    kind      VARCHAR(10)              NOT NULL,
    head_hash VARCHAR(64)              NOT NULL,
    signed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id    VARCHAR(64)              NOT NULL,
    signature VARCHAR(400)             NOT NULL,
    PRIMARY KEY (chain_seq)
);
