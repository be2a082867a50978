-- The language the applicant used when signing an order: every later message about the order and its certificate
-- (review outcome, PIN, shipment, expiry, revocation, invoice) is written in it (docs/architecture.md, "Languages").
ALTER TABLE applications_order ADD COLUMN language VARCHAR(16) DEFAULT 'zh-CN' NOT NULL;
