-- Online signing of the authorization letter by the legal representative (SMS link to a phone page).
ALTER TABLE applications_order ADD COLUMN auth_token_hash VARCHAR(64);
ALTER TABLE applications_order ADD COLUMN auth_token_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE applications_order ADD COLUMN auth_signed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE applications_order ADD COLUMN auth_signed_by VARCHAR(200);
CREATE INDEX applications_order_auth_token_idx ON applications_order (auth_token_hash);

-- Orders the history of moves made within the same instant.
ALTER TABLE applications_history ADD COLUMN seq INTEGER DEFAULT 0 NOT NULL;
