-- The append-only audit log. Business transactions insert entries (id from a sequence, not yet chained), so no
-- global lock is held while they run. The chainer then links committed entries one after another: it locks the
-- single row of audit_chain_head, gives each pending entry the next chain_seq, and stores the hash of its content
-- together with the previous entry's hash.
CREATE SEQUENCE audit_entry_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE audit_entry (
    id          BIGINT                   NOT NULL,
    chain_seq   BIGINT,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    action      VARCHAR(100)             NOT NULL,
    actor       VARCHAR(200)             NOT NULL,
    subject     VARCHAR(300)             NOT NULL,
    details     VARCHAR(8000)            NOT NULL,
    prev_hash   VARCHAR(64),
    hash        VARCHAR(64),
    PRIMARY KEY (id),
    CONSTRAINT audit_entry_chain_seq_uk UNIQUE (chain_seq)
);
CREATE INDEX audit_entry_action_idx ON audit_entry (action);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor);

CREATE TABLE audit_chain_head (
    id        INT         NOT NULL,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    PRIMARY KEY (id)
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
