-- Business orders and the history of every move of their state machine.
CREATE TABLE applications_order (
    id               UUID                     NOT NULL,
    version          BIGINT                   NOT NULL,
    number           VARCHAR(32)              NOT NULL,
    account_id       UUID                     NOT NULL,
    channel          VARCHAR(64)              NOT NULL,
    type             VARCHAR(20)              NOT NULL,
    subject_type     VARCHAR(20)              NOT NULL,
    subject_key      VARCHAR(64),
    status           VARCHAR(20)              NOT NULL,
    pay_first        BOOLEAN                  NOT NULL,
    paid             BOOLEAN                  NOT NULL,
    approved         BOOLEAN                  NOT NULL,
    rejection_reason VARCHAR(1000),
    draft            VARCHAR(200000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT applications_order_number_uk UNIQUE (number)
);
CREATE INDEX applications_order_account_idx ON applications_order (account_id, status);
CREATE INDEX applications_order_subject_idx ON applications_order (channel, subject_key, status);

CREATE TABLE applications_history (
    id             UUID                     NOT NULL,
    application_id UUID                     NOT NULL,
    from_status    VARCHAR(20),
    to_status      VARCHAR(20)              NOT NULL,
    action         VARCHAR(40)              NOT NULL,
    actor          VARCHAR(200)             NOT NULL,
    note           VARCHAR(1000),
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT applications_history_order_fk FOREIGN KEY (application_id) REFERENCES applications_order (id)
);
CREATE INDEX applications_history_order_idx ON applications_history (application_id, at);
