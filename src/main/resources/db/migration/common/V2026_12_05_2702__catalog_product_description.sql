-- What a product is for, in a sentence or two under its name on the channel page and in the wizard; its English
-- text is the channel text item productDescription.<code> (docs/architecture.md, "Channel texts").
ALTER TABLE catalog_product ADD COLUMN description VARCHAR(200) DEFAULT '' NOT NULL;
