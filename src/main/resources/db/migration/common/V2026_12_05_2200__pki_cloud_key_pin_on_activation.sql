-- pki: a cloud certificate's key is made without a signing PIN; its holder sets the PIN on activation
-- (docs/signing.md, "Activation and PIN reset"), so pin_hash is NULL until then.
ALTER TABLE pki_cloud_key ALTER COLUMN pin_hash DROP NOT NULL;
