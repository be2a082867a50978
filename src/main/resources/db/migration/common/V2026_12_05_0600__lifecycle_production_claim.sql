-- An operator's "produce" claims the order until this time (docs/security.md "Bad input"): a second press meanwhile
-- is refused with 409 instead of issuing in parallel; after a crash the claim lapses and production can be resumed.
ALTER TABLE lifecycle_production ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
