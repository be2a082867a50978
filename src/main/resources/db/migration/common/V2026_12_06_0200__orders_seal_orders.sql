-- Seal orders (印章办理: 补章 SEAL_ADDITION, 变章 SEAL_CHANGE; docs/seals.md "Seal orders"): the seal an order starts
-- from and the kind and name of the seal it asks for; null for every other order type.
ALTER TABLE applications_order ADD COLUMN seal_id UUID;
ALTER TABLE applications_order ADD COLUMN seal_kind VARCHAR(20);
ALTER TABLE applications_order ADD COLUMN seal_name VARCHAR(64);
