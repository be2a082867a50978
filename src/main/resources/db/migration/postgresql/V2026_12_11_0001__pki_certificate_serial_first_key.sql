-- The primary key of pki_certificate leads with the serial: (serial, ca_name) instead of (ca_name, serial). It still
-- makes a serial unique per CA, and it now also serves the lookups by serial alone (CertificateRows.findBySerial),
-- so the separate index on serial goes: a new certificate writes one B-tree fewer. Serials begin with the second of
-- issue (SerialNumbers), so new keys land at the right edge of this index (docs/pki.md, "Issuance in batches").
-- H2 keeps the key and index of the first migration.
ALTER TABLE pki_cloud_key DROP CONSTRAINT pki_cloud_key_certificate_fk;
ALTER TABLE pki_certificate DROP CONSTRAINT pki_certificate_pkey;
ALTER TABLE pki_certificate ADD CONSTRAINT pki_certificate_pkey PRIMARY KEY (serial, ca_name);
DROP INDEX pki_certificate_serial_ix;
ALTER TABLE pki_cloud_key ADD CONSTRAINT pki_cloud_key_certificate_fk
    FOREIGN KEY (ca_name, serial) REFERENCES pki_certificate (ca_name, serial);
