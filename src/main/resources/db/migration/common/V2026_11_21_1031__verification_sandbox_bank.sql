-- The sandbox bank's record of micro-deposits it made (shown on /sandbox/bank). Sandbox profile only uses it.
CREATE TABLE verification_sandbox_deposit (
    id         UUID                     NOT NULL,
    account    VARCHAR(40)              NOT NULL,
    bank_name  VARCHAR(100)             NOT NULL,
    payee      VARCHAR(200)             NOT NULL,
    amount_fen BIGINT                   NOT NULL,
    memo       VARCHAR(200)             NOT NULL,
    made_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX verification_sandbox_deposit_account_idx ON verification_sandbox_deposit (account, made_at);
