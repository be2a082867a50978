-- signing: per-client rate limits and signed webhooks of partner clients (docs/signing.md, "Partners").
ALTER TABLE signing_partner_client ADD COLUMN rate_per_minute INTEGER DEFAULT 120 NOT NULL;
ALTER TABLE signing_partner_client ADD COLUMN webhook_url VARCHAR(500);
-- the HMAC key of the webhook signatures, sealed (it must be read back to sign, so it is not hashed)
ALTER TABLE signing_partner_client ADD COLUMN webhook_secret VARCHAR(500);

-- the outbox of webhook calls: written in the transaction of the signature, sent by a worker, retried with a
-- doubling back-off until delivered or out of attempts
CREATE TABLE signing_webhook (
    id               UUID          PRIMARY KEY,
    client_id        VARCHAR(64)   NOT NULL REFERENCES signing_partner_client (client_id),
    event            VARCHAR(64)   NOT NULL,
    payload          VARCHAR(8000) NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error       VARCHAR(500),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at     TIMESTAMP WITH TIME ZONE
);

CREATE INDEX signing_webhook_due_ix ON signing_webhook (status, next_attempt_at);
