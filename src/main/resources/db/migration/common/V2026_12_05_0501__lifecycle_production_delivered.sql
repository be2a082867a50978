-- A shipped UKEY is delivered: signed for at the courier or confirmed by its holder; the order then completes.
ALTER TABLE lifecycle_production ADD COLUMN delivered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE lifecycle_production ADD COLUMN delivered_how VARCHAR(200);
CREATE INDEX lifecycle_production_shipped_idx ON lifecycle_production (status, updated_at);
