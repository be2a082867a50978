-- UKEY orders: approved and waiting for the operator, produced, shipped or collected.
ALTER TABLE lifecycle_certificate ADD COLUMN token_serial VARCHAR(40);

CREATE TABLE lifecycle_production (
    application_id  UUID                     NOT NULL,
    version         BIGINT                   NOT NULL,
    order_number    VARCHAR(32)              NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    delivery_method VARCHAR(10)              NOT NULL,
    carrier         VARCHAR(20),
    tracking_number VARCHAR(40),
    collected_by    VARCHAR(100),
    produced_by     VARCHAR(200),
    shipped_by      VARCHAR(200),
    approved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id)
);
CREATE INDEX lifecycle_production_status_idx ON lifecycle_production (status, approved_at);

-- The sandbox token writer's and courier's own books.
CREATE TABLE lifecycle_sandbox_token (
    token_serial VARCHAR(40)              NOT NULL,
    order_number VARCHAR(32)              NOT NULL,
    serial_hex   VARCHAR(64)              NOT NULL,
    file_name    VARCHAR(200)             NOT NULL,
    written_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (token_serial)
);

CREATE TABLE lifecycle_sandbox_parcel (
    tracking_number VARCHAR(40)              NOT NULL,
    carrier         VARCHAR(20)              NOT NULL,
    order_number    VARCHAR(32)              NOT NULL,
    destination     VARCHAR(200)             NOT NULL,
    registered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tracking_number)
);
