-- Every SMS and e-mail delivery attempt, keyed by a dedupe key so a redelivered event never sends twice.
CREATE TABLE notifications_delivery (
    id          UUID                     NOT NULL,
    dedupe_key  VARCHAR(200)             NOT NULL,
    channel     VARCHAR(10)              NOT NULL,
    recipient   VARCHAR(200)             NOT NULL,
    template    VARCHAR(100)             NOT NULL,
    status      VARCHAR(20)              NOT NULL,
    provider_id VARCHAR(200),
    error       VARCHAR(500),
    attempts    INT                      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT notifications_delivery_dedupe_uk UNIQUE (dedupe_key)
);
