-- Review rounds of orders: one per order per submission into review, with the automatic checks' reasons.
CREATE TABLE review_task (
    id              UUID                     NOT NULL,
    version         BIGINT                   NOT NULL,
    application_id  UUID                     NOT NULL,
    order_number    VARCHAR(32)              NOT NULL,
    channel         VARCHAR(64)              NOT NULL,
    subject_name    VARCHAR(200)             NOT NULL,
    round           INTEGER                  NOT NULL,
    status          VARCHAR(10)              NOT NULL,
    reasons         VARCHAR(4000)            NOT NULL,
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE,
    decided_by      VARCHAR(200),
    decision_reason VARCHAR(500),
    automatic       BOOLEAN                  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT review_task_round_uk UNIQUE (application_id, round)
);
CREATE INDEX review_task_status_idx ON review_task (status, opened_at);
