-- Lifecycle orders (renewal, information change, reissue, revocation) act on one certificate (docs/lifecycle.md).
ALTER TABLE applications_order ADD COLUMN certificate_serial VARCHAR(64);
ALTER TABLE applications_order ADD COLUMN origin_order_id UUID;
ALTER TABLE applications_order ADD COLUMN certificate_not_after TIMESTAMP WITH TIME ZONE;
ALTER TABLE applications_order ADD COLUMN revocation_reason VARCHAR(32);
CREATE INDEX applications_order_certificate_idx ON applications_order (certificate_serial, status);
