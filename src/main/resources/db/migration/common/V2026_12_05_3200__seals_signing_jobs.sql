-- seals: a signing draft remembers the seal record chosen (docs/seals.md "Signing jobs"): several seals (补章) may
-- sign with one certificate, so the certificate alone does not say which picture goes on the page. NULL for a seal
-- drawn from a cloud certificate without a seal record.
ALTER TABLE seals_signing_draft ADD COLUMN seal_id UUID;
-- the scan-to-sign link of a signing job of the API, handed out again while the job waits
ALTER TABLE seals_signing_draft ADD COLUMN qr_url VARCHAR(300);
