-- Certificates held by applicants: one row per issued certificate of an order line (request id = order:line:n).
CREATE TABLE lifecycle_certificate (
    id             UUID                     NOT NULL,
    version        BIGINT                   NOT NULL,
    request_id     VARCHAR(100)             NOT NULL,
    application_id UUID                     NOT NULL,
    order_number   VARCHAR(32)              NOT NULL,
    account_id     UUID                     NOT NULL,
    line_index     INTEGER                  NOT NULL,
    product_code   VARCHAR(64)              NOT NULL,
    serial_hex     VARCHAR(64)              NOT NULL,
    ca_name        VARCHAR(40)              NOT NULL,
    profile        VARCHAR(40)              NOT NULL,
    algorithm      VARCHAR(20)              NOT NULL,
    medium         VARCHAR(10)              NOT NULL,
    server_key     BOOLEAN                  NOT NULL,
    subject_name   VARCHAR(200)             NOT NULL,
    not_before     TIMESTAMP WITH TIME ZONE NOT NULL,
    not_after      TIMESTAMP WITH TIME ZONE NOT NULL,
    status         VARCHAR(20)              NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    revoked_by     VARCHAR(200),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT lifecycle_certificate_request_uk UNIQUE (request_id),
    CONSTRAINT lifecycle_certificate_serial_uk UNIQUE (serial_hex)
);
CREATE INDEX lifecycle_certificate_account_idx ON lifecycle_certificate (account_id, created_at);
CREATE INDEX lifecycle_certificate_order_idx ON lifecycle_certificate (application_id);

-- Orders whose issuance has started; the recovery job re-drives those not finished.
CREATE TABLE lifecycle_issuance (
    application_id UUID                     NOT NULL,
    version        BIGINT                   NOT NULL,
    order_number   VARCHAR(32)              NOT NULL,
    status         VARCHAR(20)              NOT NULL,
    attempts       INTEGER                  NOT NULL,
    last_error     VARCHAR(500),
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id)
);
CREATE INDEX lifecycle_issuance_status_idx ON lifecycle_issuance (status, updated_at);

-- PINs of server-generated keys on their way to the holder: sealed, and wiped once delivered.
CREATE TABLE lifecycle_pin_delivery (
    id             UUID                     NOT NULL,
    version        BIGINT                   NOT NULL,
    certificate_id UUID                     NOT NULL,
    sealed_pin     VARCHAR(200),
    sealed_mobile  VARCHAR(200)             NOT NULL,
    channel        VARCHAR(10),
    status         VARCHAR(20)              NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id),
    CONSTRAINT lifecycle_pin_delivery_cert_fk FOREIGN KEY (certificate_id) REFERENCES lifecycle_certificate (id)
);
