-- Payments of orders: QR payments (WeChat Pay / Alipay kinds) and bank transfers with vouchers.
CREATE TABLE payments_payment (
    id                   UUID                     NOT NULL,
    version              BIGINT                   NOT NULL,
    application_id       UUID                     NOT NULL,
    order_number         VARCHAR(32)              NOT NULL,
    method               VARCHAR(20)              NOT NULL,
    amount_fen           BIGINT                   NOT NULL,
    status               VARCHAR(20)              NOT NULL,
    qr_content           VARCHAR(500),
    expires_at           TIMESTAMP WITH TIME ZONE,
    bank_reference       VARCHAR(64),
    provider_txn_id      VARCHAR(64),
    voucher_id           UUID,
    voucher_content_type VARCHAR(40),
    voucher_uploads      INTEGER                  NOT NULL,
    rejection_reason     VARCHAR(500),
    decided_by           VARCHAR(200),
    refund_id            VARCHAR(64),
    refund_reason        VARCHAR(500),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at              TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id),
    CONSTRAINT payments_payment_amount_ck CHECK (amount_fen > 0),
    CONSTRAINT payments_payment_txn_uk UNIQUE (provider_txn_id)
);
CREATE INDEX payments_payment_order_idx ON payments_payment (application_id, status);
CREATE INDEX payments_payment_status_idx ON payments_payment (status, expires_at);

-- The simulated provider's books (sandbox only): trades and refunds as the provider keeps them.
CREATE TABLE payments_sandbox_trade (
    trade_no           VARCHAR(32)              NOT NULL,
    out_trade_no       VARCHAR(64)              NOT NULL,
    kind               VARCHAR(10)              NOT NULL,
    subject            VARCHAR(100)             NOT NULL,
    amount_fen         BIGINT                   NOT NULL,
    status             VARCHAR(20)              NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at            TIMESTAMP WITH TIME ZONE,
    notify_status      VARCHAR(10)              NOT NULL,
    notify_attempts    INTEGER                  NOT NULL,
    last_notify_answer VARCHAR(200),
    PRIMARY KEY (trade_no),
    CONSTRAINT payments_sandbox_trade_out_uk UNIQUE (out_trade_no)
);

CREATE TABLE payments_sandbox_refund (
    refund_no  VARCHAR(40)              NOT NULL,
    trade_no   VARCHAR(32)              NOT NULL,
    amount_fen BIGINT                   NOT NULL,
    reason     VARCHAR(500)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (refund_no),
    CONSTRAINT payments_sandbox_refund_trade_fk FOREIGN KEY (trade_no) REFERENCES payments_sandbox_trade (trade_no)
);
