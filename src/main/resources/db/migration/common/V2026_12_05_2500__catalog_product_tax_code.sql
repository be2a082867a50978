-- A product's tax classification code (税收分类编码, 19 digits) printed on its invoices; NULL: invoicing's default.
ALTER TABLE catalog_product ADD COLUMN tax_code VARCHAR(19);
