-- A channel's texts in a second language and its own wording of notification templates (docs/architecture.md,
-- "Channel texts"): one row per (channel, language, item). Items: name, description, agreement, product.<code>,
-- notify.<template>.<part>. The Chinese name, description and agreement stay in catalog_channel; a missing row
-- means "use the Chinese text" (or the default template).
CREATE TABLE catalog_channel_text (
    channel_code VARCHAR(64)    NOT NULL,
    lang         VARCHAR(8)     NOT NULL,
    item         VARCHAR(120)   NOT NULL,
    body         VARCHAR(20000) NOT NULL,
    PRIMARY KEY (channel_code, lang, item)
);
