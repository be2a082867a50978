-- Applicant accounts (person and enterprise), staff users, captchas, SMS challenges and bearer tokens.
CREATE TABLE accounts_account (
    id              UUID PRIMARY KEY,
    type            VARCHAR(16)  NOT NULL,
    login_name      VARCHAR(64)  NOT NULL,
    login_key       VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    uscc            VARCHAR(18),
    mobile          VARCHAR(11)  NOT NULL,
    email           VARCHAR(254),
    email_key       VARCHAR(254),
    password_hash   VARCHAR(255) NOT NULL,
    language        VARCHAR(16)  NOT NULL,
    failed_logins   INT          NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT accounts_account_login_key UNIQUE (login_key),
    CONSTRAINT accounts_account_mobile UNIQUE (mobile),
    CONSTRAINT accounts_account_email UNIQUE (email_key),
    CONSTRAINT accounts_account_uscc UNIQUE (uscc)
);

CREATE TABLE accounts_staff_user (
    id              UUID PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    roles           VARCHAR(255) NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    failed_logins   INT          NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT accounts_staff_user_username UNIQUE (username)
);

CREATE TABLE accounts_captcha (
    id              UUID PRIMARY KEY,
    answer          VARCHAR(16)  NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE accounts_sms_challenge (
    id              UUID PRIMARY KEY,
    mobile          VARCHAR(11)  NOT NULL,
    purpose         VARCHAR(32)  NOT NULL,
    code_hash       VARCHAR(64)  NOT NULL,
    client_ip       VARCHAR(64),
    status          VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL
);
CREATE INDEX accounts_sms_challenge_mobile ON accounts_sms_challenge (mobile, created_at);
CREATE INDEX accounts_sms_challenge_ip ON accounts_sms_challenge (client_ip, created_at);

CREATE TABLE accounts_access_token (
    token_hash      VARCHAR(64)  PRIMARY KEY,
    principal_kind  VARCHAR(16)  NOT NULL,
    principal_id    UUID         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX accounts_access_token_expiry ON accounts_access_token (expires_at);
