-- The 0.01 CNY deposits whose memo carries a certificate PIN (BJCA-QH rule), one per lifecycle PIN delivery:
-- SENDING while the bank is asked, UNANSWERED after an outage (tried again), then PAID (outcome = bank reference)
-- or REFUSED (outcome = refusal code).
-- No PIN and no full account number is stored here.
CREATE TABLE verification_pin_deposit (
    delivery_id     UUID                     NOT NULL,
    version         BIGINT                   NOT NULL,
    order_id        UUID                     NOT NULL,
    verification_id UUID                     NOT NULL,
    bank_name       VARCHAR(100)             NOT NULL,
    masked_account  VARCHAR(40)              NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    outcome         VARCHAR(100),
    attempts        INTEGER                  NOT NULL,
    claimed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (delivery_id)
);
CREATE INDEX verification_pin_deposit_order_idx ON verification_pin_deposit (order_id);
