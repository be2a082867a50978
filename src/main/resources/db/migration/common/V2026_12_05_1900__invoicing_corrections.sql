-- Title corrections (docs/invoicing.md, "Corrections"): an issued blue invoice is reversed by a red one and replaced by
-- a new blue one made out to the corrected buyer. Each correction starts a new generation of the order's invoices, so
-- an order keeps one blue and one red invoice per generation.
ALTER TABLE invoicing_invoice ADD COLUMN generation INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE invoicing_invoice DROP CONSTRAINT invoicing_invoice_order_kind_uk;
ALTER TABLE invoicing_invoice ADD CONSTRAINT invoicing_invoice_order_kind_uk UNIQUE (order_id, kind, generation);

CREATE TABLE invoicing_correction (
    id               UUID                     NOT NULL,
    version          BIGINT                   NOT NULL,
    order_id         UUID                     NOT NULL,
    account_id       UUID                     NOT NULL,
    blue_id          UUID                     NOT NULL,
    -- set while the correction waits for finance: one open correction per blue invoice
    open_blue_id     UUID,
    buyer_name       VARCHAR(200)             NOT NULL,
    buyer_tax_number VARCHAR(30)              NOT NULL,
    reason           VARCHAR(500)             NOT NULL,
    status           VARCHAR(20)              NOT NULL,
    decided_by       VARCHAR(100),
    decision_note    VARCHAR(500),
    new_blue_id      UUID,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id),
    CONSTRAINT invoicing_correction_open_uk UNIQUE (open_blue_id)
);
CREATE INDEX invoicing_correction_order_idx ON invoicing_correction (order_id);
CREATE INDEX invoicing_correction_status_idx ON invoicing_correction (status, created_at);
