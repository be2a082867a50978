-- Expiry reminders sent (docs/lifecycle.md, "Expiry reminders"): one row per certificate and threshold, written in
-- the transaction that puts the reminder in the outbox, so each threshold is reminded once.
CREATE TABLE lifecycle_expiry_reminder (
    serial_hex  VARCHAR(64)              NOT NULL,
    days_before INT                      NOT NULL,
    reminded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (serial_hex, days_before)
);
