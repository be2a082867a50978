-- Bank-transfer vouchers, one row per upload, never deleted (BYTEA: PostgreSQL, and H2 in its PostgreSQL mode).
CREATE TABLE payments_voucher (
    id           UUID                     NOT NULL,
    payment_id   UUID                     NOT NULL,
    file_name    VARCHAR(200)             NOT NULL,
    content_type VARCHAR(40)              NOT NULL,
    size_bytes   BIGINT                   NOT NULL,
    sha256       VARCHAR(64)              NOT NULL,
    content      BYTEA                    NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT payments_voucher_payment_fk FOREIGN KEY (payment_id) REFERENCES payments_payment (id)
);
CREATE INDEX payments_voucher_payment_idx ON payments_voucher (payment_id);
