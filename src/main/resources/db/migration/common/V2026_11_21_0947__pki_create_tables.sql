-- pki: CAs, issued certificates and CRL state. BYTEA is BINARY VARYING in H2's PostgreSQL mode, bytea in PostgreSQL.
CREATE TABLE pki_ca (
    name              VARCHAR(32)  PRIMARY KEY,
    algorithm         VARCHAR(16)  NOT NULL,
    root              BOOLEAN      NOT NULL,
    parent_name       VARCHAR(32),
    key_store         VARCHAR(16)  NOT NULL,
    key_ref           VARCHAR(200) NOT NULL,
    certificate       BYTEA        NOT NULL,
    ocsp_key_ref      VARCHAR(200),
    ocsp_certificate  BYTEA,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL
);

CREATE TABLE pki_certificate (
    ca_name            VARCHAR(32)  NOT NULL REFERENCES pki_ca (name),
    serial             VARCHAR(64)  NOT NULL,
    request_id         VARCHAR(100),
    profile            VARCHAR(32)  NOT NULL,
    algorithm          VARCHAR(16)  NOT NULL,
    subject_dn         VARCHAR(1000) NOT NULL,
    not_before         TIMESTAMP WITH TIME ZONE NOT NULL,
    not_after          TIMESTAMP WITH TIME ZONE NOT NULL,
    fingerprint        CHAR(64)     NOT NULL,
    der                BYTEA        NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    revoked_at         TIMESTAMP WITH TIME ZONE,
    revocation_reason  INTEGER,
    invalidity_date    TIMESTAMP WITH TIME ZONE,
    status_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    pkcs12             BYTEA,
    pin_hash           VARCHAR(200),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT       NOT NULL,
    PRIMARY KEY (ca_name, serial),
    CONSTRAINT pki_certificate_request_id_uk UNIQUE (request_id)
);

CREATE INDEX pki_certificate_serial_ix ON pki_certificate (serial);
CREATE INDEX pki_certificate_status_ix ON pki_certificate (ca_name, status);
CREATE INDEX pki_certificate_changed_ix ON pki_certificate (status_changed_at);

CREATE TABLE pki_crl (
    ca_name      VARCHAR(32) PRIMARY KEY REFERENCES pki_ca (name),
    crl_number   BIGINT      NOT NULL,
    this_update  TIMESTAMP WITH TIME ZONE,
    next_update  TIMESTAMP WITH TIME ZONE,
    stale        BOOLEAN     NOT NULL,
    version      BIGINT      NOT NULL
);
