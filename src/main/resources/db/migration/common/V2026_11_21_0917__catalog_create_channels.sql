-- Channels (projects), their materials, help entries and products. Lists of enum names are stored as
-- comma-separated strings in declaration order; they are configuration, never queried by element.
CREATE TABLE catalog_channel (
    code                  VARCHAR(40)   NOT NULL PRIMARY KEY,
    name                  VARCHAR(100)  NOT NULL,
    pinyin_initial        VARCHAR(1)    NOT NULL,
    description           VARCHAR(1000) NOT NULL,
    agreement_text        VARCHAR(20000) NOT NULL,
    hotline               VARCHAR(20)   NOT NULL,
    online_support        VARCHAR(200)  NOT NULL,
    organization_methods  VARCHAR(200)  NOT NULL,
    handler_methods       VARCHAR(200)  NOT NULL,
    person_methods        VARCHAR(200)  NOT NULL,
    verification_stage    VARCHAR(30)   NOT NULL,
    flow_order            VARCHAR(30)   NOT NULL,
    payment_methods       VARCHAR(100)  NOT NULL,
    invoice_applies       BOOLEAN       NOT NULL,
    delivery_options      VARCHAR(60)   NOT NULL,
    paper_mailing         BOOLEAN       NOT NULL,
    mailing_address       VARCHAR(300),
    holder_csr_allowed    BOOLEAN       NOT NULL,
    prerequisite_registry VARCHAR(40),
    prerequisite_name     VARCHAR(100),
    version               BIGINT        NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE catalog_material (
    channel_code VARCHAR(40) NOT NULL REFERENCES catalog_channel (code),
    kind         VARCHAR(40) NOT NULL,
    sort_order   INTEGER     NOT NULL,
    is_required  BOOLEAN     NOT NULL,
    max_bytes    BIGINT      NOT NULL,
    formats      VARCHAR(60) NOT NULL,
    PRIMARY KEY (channel_code, kind)
);

CREATE TABLE catalog_help_entry (
    channel_code VARCHAR(40)   NOT NULL REFERENCES catalog_channel (code),
    sort_order   INTEGER       NOT NULL,
    question     VARCHAR(300)  NOT NULL,
    answer       VARCHAR(2000) NOT NULL,
    PRIMARY KEY (channel_code, sort_order)
);

CREATE TABLE catalog_product (
    channel_code       VARCHAR(40)  NOT NULL REFERENCES catalog_channel (code),
    code               VARCHAR(40)  NOT NULL,
    sort_order         INTEGER      NOT NULL,
    name               VARCHAR(100) NOT NULL,
    cert_type          VARCHAR(30)  NOT NULL,
    medium             VARCHAR(10)  NOT NULL,
    key_algorithms     VARCHAR(60)  NOT NULL,
    years              VARCHAR(20)  NOT NULL,
    max_quantity       INTEGER      NOT NULL,
    price_per_year_fen BIGINT       NOT NULL,
    ukey_price_fen     BIGINT       NOT NULL,
    PRIMARY KEY (channel_code, code)
);

-- The sandbox partner registry behind the prerequisite check (only written in the sandbox profile).
CREATE TABLE catalog_sandbox_registration (
    registry          VARCHAR(40)  NOT NULL,
    uscc              VARCHAR(18)  NOT NULL,
    organization_name VARCHAR(200) NOT NULL,
    registered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (registry, uscc)
);
