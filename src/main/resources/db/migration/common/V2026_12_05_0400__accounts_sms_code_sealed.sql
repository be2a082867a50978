-- An SMS code is kept sealed (AES-GCM, docs/security.md "Secrets") while its challenge is open, so the SMS sender
-- reads it from here after commit instead of from the stored event; it is dropped when the challenge is used up.
ALTER TABLE accounts_sms_challenge ADD COLUMN code_sealed VARCHAR(200);
