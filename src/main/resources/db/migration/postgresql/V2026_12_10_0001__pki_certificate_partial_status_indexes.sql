-- The two status indexes of pki_certificate cover only the rows their queries look for (docs/pki.md, "Issuance in
-- batches"), so issuing a certificate no longer writes into them: a new certificate is GOOD and has never changed
-- (version 0). The revoked and held certificates of a CA, for its CRL (CertificateRows.forEachRevoked), and the
-- certificates whose status changed since a time, for every node's OCSP cache (CertificateRows.statusChangedSince),
-- name these very predicates. H2 has no partial indexes; there the full indexes of the first migration stay.
DROP INDEX pki_certificate_status_ix;
CREATE INDEX pki_certificate_revoked_ix ON pki_certificate (ca_name) WHERE status IN ('REVOKED', 'ON_HOLD');
DROP INDEX pki_certificate_changed_ix;
CREATE INDEX pki_certificate_changed_ix ON pki_certificate (status_changed_at) WHERE version > 0;
