-- Idempotency-Key: the first answer to an unsafe API call, replayed to repeats with the same key for a day.
CREATE TABLE web_idempotency (
    scope_key       VARCHAR(64)              NOT NULL,
    request_hash    VARCHAR(64)              NOT NULL,
    done            BOOLEAN                  NOT NULL,
    response_status INT,
    content_type    VARCHAR(200),
    response_body   VARCHAR(2000000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope_key)
);
CREATE INDEX web_idempotency_created_idx ON web_idempotency (created_at);
