-- Throttling instead of the hard lock (docs/security.md, "Accounts"): one row per failed attempt under a key
-- (an account, a typed login that matches no account, a source address, a password change); a success clears the
-- account's rows. Counting rows instead of updating one counter keeps concurrent failures free of lock conflicts.
CREATE TABLE accounts_login_failure (
    id              UUID PRIMARY KEY,
    throttle_key    VARCHAR(300) NOT NULL,
    failed_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX accounts_login_failure_key ON accounts_login_failure (throttle_key, failed_at);
CREATE INDEX accounts_login_failure_at ON accounts_login_failure (failed_at);

-- Every SMS the platform sends on someone's request (codes and links), counted by one policy per number, per
-- account and per source address.
CREATE TABLE accounts_sms_send (
    id              UUID PRIMARY KEY,
    mobile          VARCHAR(11)  NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    account_id      UUID,
    client_ip       VARCHAR(64),
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX accounts_sms_send_mobile ON accounts_sms_send (mobile, sent_at);
CREATE INDEX accounts_sms_send_account ON accounts_sms_send (account_id, sent_at);
CREATE INDEX accounts_sms_send_ip ON accounts_sms_send (client_ip, sent_at);
CREATE INDEX accounts_sms_send_at ON accounts_sms_send (sent_at);

-- The hard lock is gone (throttling above replaces it).
ALTER TABLE accounts_account DROP COLUMN failed_logins;
ALTER TABLE accounts_account DROP COLUMN locked_until;
ALTER TABLE accounts_staff_user DROP COLUMN failed_logins;
ALTER TABLE accounts_staff_user DROP COLUMN locked_until;
