-- A paid payment whose money arrived for an order that had moved on (paid by other means): finance may refund it
-- although its order is live (docs/security.md, "Money").
ALTER TABLE payments_payment ADD COLUMN unapplied BOOLEAN DEFAULT FALSE NOT NULL;
