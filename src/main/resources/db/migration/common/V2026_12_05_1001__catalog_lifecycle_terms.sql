-- What a channel offers after issuance (docs/lifecycle.md): per lifecycle service whether it is offered and its
-- price (null: the product's own price for its years), and for renewal how many days before notAfter it opens.
-- A channel without rows takes the defaults of catalog.LifecycleTerms.
CREATE TABLE catalog_lifecycle_term (
    channel_code  VARCHAR(64) NOT NULL,
    service       VARCHAR(20) NOT NULL,
    offered       BOOLEAN     NOT NULL,
    price_fen     BIGINT,
    window_days   INTEGER,
    PRIMARY KEY (channel_code, service)
);
