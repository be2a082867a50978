-- seals: the organisations' electronic seals made by the CA's seal maker, their administrators and users, which user
-- may use which seal, and the hand-over of the administrator role (docs/seals.md). Rows are never deleted: a seal
-- ends (status), a member is removed (removed_at), so the record outlives the certificate (Electronic Signature Law
-- art. 24). BYTEA is BINARY VARYING in H2's PostgreSQL mode.
CREATE TABLE seals_seal (
    id                  UUID          PRIMARY KEY,
    es_id               VARCHAR(32)   NOT NULL UNIQUE,
    account_id          UUID          NOT NULL,
    order_id            UUID          NOT NULL,
    order_number        VARCHAR(32)   NOT NULL,
    certificate_serial  VARCHAR(64)   NOT NULL,
    uscc                VARCHAR(18)   NOT NULL,
    organisation        VARCHAR(200)  NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    name                VARCHAR(100)  NOT NULL,
    source              VARCHAR(16)   NOT NULL,
    image               BYTEA         NOT NULL,
    se_seal             BYTEA         NOT NULL,
    valid_from          TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to            TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    ended_at            TIMESTAMP WITH TIME ZONE,
    ended_reason        VARCHAR(40),
    replaces            UUID,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             INTEGER       NOT NULL
);
CREATE INDEX seals_seal_uscc_ix ON seals_seal (uscc);
CREATE INDEX seals_seal_certificate_ix ON seals_seal (certificate_serial);
CREATE INDEX seals_seal_account_ix ON seals_seal (account_id);

-- administrators (ADMIN, one live per organisation) and seal users (USER) of an organisation, by mobile
CREATE TABLE seals_member (
    id           UUID          PRIMARY KEY,
    uscc         VARCHAR(18)   NOT NULL,
    role         VARCHAR(8)    NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    id_masked    VARCHAR(32)   NOT NULL,
    mobile       VARCHAR(16)   NOT NULL,
    added_by     VARCHAR(200)  NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at   TIMESTAMP WITH TIME ZONE,
    removed_by   VARCHAR(200)
);
CREATE INDEX seals_member_uscc_ix ON seals_member (uscc);
CREATE INDEX seals_member_mobile_ix ON seals_member (mobile);

-- which member may use which seal; a revoked grant keeps its row
CREATE TABLE seals_grant (
    id           UUID          PRIMARY KEY,
    seal_id      UUID          NOT NULL REFERENCES seals_seal (id),
    member_id    UUID          NOT NULL REFERENCES seals_member (id),
    granted_by   VARCHAR(200)  NOT NULL,
    granted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    revoked_by   VARCHAR(200)
);
CREATE INDEX seals_grant_member_ix ON seals_grant (member_id);

-- an administrator hand-over waiting for the new administrator's SMS code
CREATE TABLE seals_transfer (
    id             UUID          PRIMARY KEY,
    uscc           VARCHAR(18)   NOT NULL,
    from_member    UUID          NOT NULL REFERENCES seals_member (id),
    to_member      UUID          NOT NULL REFERENCES seals_member (id),
    requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    done_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX seals_transfer_uscc_ix ON seals_transfer (uscc, status);
