-- Partner tokens are issued by Spring Authorization Server from now on (docs/signing.md, "Who may call"): each row is
-- one OAuth2Authorization of the client credentials grant, the token still kept only as its SHA-256. Tokens made by
-- the earlier endpoint of our own carry none of this; they end here and partners ask for a new one (a token lives
-- one hour anyway).
DELETE FROM signing_partner_token;
ALTER TABLE signing_partner_token ADD COLUMN authorization_id VARCHAR(64);
ALTER TABLE signing_partner_token ADD COLUMN channel_code VARCHAR(64);
ALTER TABLE signing_partner_token ADD COLUMN issued_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE signing_partner_token ALTER COLUMN authorization_id SET NOT NULL;
ALTER TABLE signing_partner_token ALTER COLUMN channel_code SET NOT NULL;
ALTER TABLE signing_partner_token ALTER COLUMN issued_at SET NOT NULL;
CREATE UNIQUE INDEX signing_partner_token_authorization_ix ON signing_partner_token (authorization_id);
CREATE INDEX signing_partner_token_client_ix ON signing_partner_token (client_id);
