-- Identity verification results of an order, as the verification module reported them (one row per case).
CREATE TABLE applications_verification (
    verification_id UUID                     NOT NULL,
    application_id  UUID                     NOT NULL,
    party           VARCHAR(20)              NOT NULL,
    method          VARCHAR(20)              NOT NULL,
    status          VARCHAR(10)              NOT NULL,
    note            VARCHAR(500),
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (verification_id)
);
CREATE INDEX applications_verification_order_idx ON applications_verification (application_id, decided_at);
