-- Sandbox only in use: what the simulated handsets and mailboxes received.
CREATE TABLE sandbox_message (
    id        UUID                     NOT NULL,
    kind      VARCHAR(10)              NOT NULL,
    recipient VARCHAR(200)             NOT NULL,
    subject   VARCHAR(300),
    text      VARCHAR(4000)            NOT NULL,
    sent_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX sandbox_message_recipient_idx ON sandbox_message (recipient, sent_at);
