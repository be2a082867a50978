-- signing: one log entry per signing act (docs/signing.md, "Signature log"). A signHash call, a signed document or a
-- refused authorization is one entry naming every hash it signed or would have signed (Base64, space-separated, in
-- the order asked), instead of one entry per hash.
ALTER TABLE signing_log ADD COLUMN hashes VARCHAR(8000);
UPDATE signing_log SET hashes = hash;
ALTER TABLE signing_log ALTER COLUMN hashes SET NOT NULL;
ALTER TABLE signing_log DROP COLUMN hash;
