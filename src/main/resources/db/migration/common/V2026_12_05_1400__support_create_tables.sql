-- The support module (docs/support.md): help-centre questions in both languages, support conversations with their
-- messages, and requests to replace a lost registered mobile.
CREATE TABLE support_faq (
    id           UUID          NOT NULL,
    channel_code VARCHAR(40),
    position     INT           NOT NULL,
    question_zh  VARCHAR(200)  NOT NULL,
    answer_zh    VARCHAR(2000) NOT NULL,
    question_en  VARCHAR(200)  NOT NULL,
    answer_en    VARCHAR(2000) NOT NULL,
    link         VARCHAR(200)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    CONSTRAINT support_faq_pk PRIMARY KEY (id)
);
CREATE INDEX support_faq_channel ON support_faq (channel_code, position);

CREATE TABLE support_conversation (
    id                UUID         NOT NULL,
    account_id        UUID,
    contact_mobile    VARCHAR(20),
    order_id          UUID,
    status            VARCHAR(20)  NOT NULL,
    assigned_to       VARCHAR(100),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    first_response_at TIMESTAMP WITH TIME ZONE,
    last_message_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    waiting_since     TIMESTAMP WITH TIME ZONE,
    client_ip         VARCHAR(64)  NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT support_conversation_pk PRIMARY KEY (id)
);
CREATE INDEX support_conversation_account ON support_conversation (account_id);
CREATE INDEX support_conversation_status ON support_conversation (status, last_message_at);
CREATE INDEX support_conversation_ip ON support_conversation (client_ip, created_at);

CREATE TABLE support_message (
    id              UUID          NOT NULL,
    conversation_id UUID          NOT NULL,
    seq             INT           NOT NULL,
    author_kind     VARCHAR(10)   NOT NULL,
    author          VARCHAR(100)  NOT NULL,
    body            VARCHAR(2000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT support_message_pk PRIMARY KEY (id),
    CONSTRAINT support_message_conversation_fk FOREIGN KEY (conversation_id) REFERENCES support_conversation (id),
    CONSTRAINT support_message_seq UNIQUE (conversation_id, seq)
);

CREATE TABLE support_mobile_change (
    id          UUID         NOT NULL,
    account_id  UUID         NOT NULL,
    login_name  VARCHAR(100) NOT NULL,
    new_mobile  VARCHAR(20)  NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    reason      VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at  TIMESTAMP WITH TIME ZONE,
    decided_by  VARCHAR(100),
    client_ip   VARCHAR(64)  NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT support_mobile_change_pk PRIMARY KEY (id)
);
CREATE INDEX support_mobile_change_status ON support_mobile_change (status, created_at);
CREATE INDEX support_mobile_change_ip ON support_mobile_change (client_ip, created_at);
