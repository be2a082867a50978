-- The online-authorization link's token, sealed (AES-GCM, docs/security.md "Secrets"), so the SMS sender reads the
-- link from the order after commit instead of from the stored event; dropped when the letter is signed.
ALTER TABLE applications_order ADD COLUMN auth_token_sealed VARCHAR(200);
