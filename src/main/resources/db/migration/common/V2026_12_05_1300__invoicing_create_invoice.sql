-- Electronic invoices (数电票) of orders: one blue invoice per order, one red-letter invoice reversing it (docs/invoicing.md).
CREATE TABLE invoicing_invoice (
    id                  UUID                     NOT NULL,
    version             BIGINT                   NOT NULL,
    order_id            UUID                     NOT NULL,
    order_number        VARCHAR(32)              NOT NULL,
    account_id          UUID                     NOT NULL,
    kind                VARCHAR(10)              NOT NULL,
    blue_id             UUID,
    status              VARCHAR(20)              NOT NULL,
    buyer_name          VARCHAR(200)             NOT NULL,
    buyer_tax_number    VARCHAR(30)              NOT NULL,
    buyer_email         VARCHAR(200)             NOT NULL,
    lookup_key          VARCHAR(100)             NOT NULL,
    amount_fen          BIGINT                   NOT NULL,
    tax_fen             BIGINT                   NOT NULL,
    platform_ref        VARCHAR(64),
    invoice_number      VARCHAR(20),
    red_form_number     VARCHAR(20),
    issued_at           TIMESTAMP WITH TIME ZONE,
    attempts            INTEGER                  NOT NULL,
    next_attempt_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error          VARCHAR(300),
    reason              VARCHAR(500),
    mail_day            VARCHAR(10),
    mails_that_day      INTEGER                  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT invoicing_invoice_order_kind_uk UNIQUE (order_id, kind),
    CONSTRAINT invoicing_invoice_number_uk UNIQUE (invoice_number)
);
CREATE INDEX invoicing_invoice_due_idx ON invoicing_invoice (status, next_attempt_at);
CREATE INDEX invoicing_invoice_lookup_idx ON invoicing_invoice (lookup_key);

-- The simulated tax platform's books (sandbox only): what it was asked to issue and what it issued.
CREATE TABLE invoicing_sandbox_invoice (
    serial_no       VARCHAR(64)              NOT NULL,
    invoice_number  VARCHAR(20)              NOT NULL,
    kind            VARCHAR(10)              NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    request_json    VARCHAR(20000)           NOT NULL,
    blue_number     VARCHAR(20),
    red_form_number VARCHAR(20),
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE,
    deliveries      INTEGER                  NOT NULL,
    PRIMARY KEY (serial_no),
    CONSTRAINT invoicing_sandbox_invoice_number_uk UNIQUE (invoice_number)
);

CREATE TABLE invoicing_sandbox_red_form (
    form_number    VARCHAR(20)              NOT NULL,
    blue_number    VARCHAR(20)              NOT NULL,
    status         VARCHAR(20)              NOT NULL,
    reason         VARCHAR(500)             NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (form_number),
    CONSTRAINT invoicing_sandbox_red_form_blue_uk UNIQUE (blue_number)
);
