-- The seal order (补章, 变章) a seal was made for (docs/seals.md "Seal orders"): one seal per order, so a
-- redelivered approval makes none twice. Null for seals made at issuance or by the administrator at once.
ALTER TABLE seals_seal ADD COLUMN made_for_order UUID;
CREATE UNIQUE INDEX seals_seal_made_for_order_ux ON seals_seal (made_for_order);
