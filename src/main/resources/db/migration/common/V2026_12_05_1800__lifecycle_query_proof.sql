-- A certificate query answered with the SMS code proves control of a handler's mobile on record: for 15 minutes
-- after the answer the visitor may renew, revoke or unlock the subject's certificates without login
-- (docs/lifecycle.md, "Certificate query without login"). proven_by keeps the masked mobile for the audit log.
ALTER TABLE lifecycle_certificate_query ADD COLUMN answered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE lifecycle_certificate_query ADD COLUMN proven_by VARCHAR(20);
