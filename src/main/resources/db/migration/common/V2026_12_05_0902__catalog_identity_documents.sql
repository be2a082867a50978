-- Which identity documents a channel accepts for the people of an order (docs/pki.md "Identity documents"): one row
-- per accepted kind; a channel without rows accepts every kind the platform knows.
CREATE TABLE catalog_channel_id_document (
    channel_code VARCHAR(64) NOT NULL,
    kind         VARCHAR(40) NOT NULL,
    PRIMARY KEY (channel_code, kind)
);
