-- signing: the CSC API v2 service (docs/signing.md). Secrets and SADs are stored only as SHA-256 hashes.
CREATE TABLE signing_partner_client (
    client_id     VARCHAR(64)  PRIMARY KEY,
    channel_code  VARCHAR(64)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    secret_hash   VARCHAR(200) NOT NULL,
    scopes        VARCHAR(200) NOT NULL,
    created_by    VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE
);

CREATE TABLE signing_partner_token (
    token_hash  CHAR(64)     PRIMARY KEY,
    client_id   VARCHAR(64)  NOT NULL REFERENCES signing_partner_client (client_id),
    scopes      VARCHAR(200) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX signing_partner_token_expiry_ix ON signing_partner_token (expires_at);

-- one authorization of a credential: by the PIN at once (explicit) or by the holder on the phone (scan-to-sign,
-- status PENDING until then). sad_hash is set when a SAD exists; sealed_sad keeps it for the one authorizeCheck
-- that hands it to the partner, then it is wiped.
CREATE TABLE signing_authorization (
    id              UUID         PRIMARY KEY,
    handle          VARCHAR(64)  UNIQUE,
    serial          VARCHAR(64)  NOT NULL,
    caller          VARCHAR(200) NOT NULL,
    caller_name     VARCHAR(200),
    channel_code    VARCHAR(64),
    hash_algorithm  VARCHAR(64)  NOT NULL,
    hashes          VARCHAR(8000) NOT NULL,
    num_signatures  INTEGER      NOT NULL,
    description     VARCHAR(500),
    status          VARCHAR(16)  NOT NULL,
    sad_hash        CHAR(64)     UNIQUE,
    sealed_sad      VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE
);

CREATE TABLE signing_log (
    id              UUID         PRIMARY KEY,
    serial          VARCHAR(64)  NOT NULL,
    caller          VARCHAR(200) NOT NULL,
    hash_algorithm  VARCHAR(64)  NOT NULL,
    hash            VARCHAR(100) NOT NULL,
    description     VARCHAR(500),
    signed_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX signing_log_serial_ix ON signing_log (serial, signed_at);
