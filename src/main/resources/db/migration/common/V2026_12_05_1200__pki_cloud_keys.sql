-- pki: keys of cloud certificates, kept server-side (docs/signing.md). A key is on the PKCS#11 token (custody
-- 'pkcs11', key_ref its alias) or a PKCS#8 key sealed with AES-256-GCM under the key-encryption key held with the CA
-- keys (custody 'sealed'). The signing PIN is stored only as a PBKDF2 hash; failed_pins counts wrong PINs since the
-- last right one, and locked_at is set when the credential locks.
CREATE TABLE pki_cloud_key (
    ca_name      VARCHAR(32)  NOT NULL,
    serial       VARCHAR(64)  NOT NULL,
    algorithm    VARCHAR(16)  NOT NULL,
    custody      VARCHAR(16)  NOT NULL,
    key_ref      VARCHAR(200),
    sealed_key   BYTEA,
    pin_hash     VARCHAR(200) NOT NULL,
    failed_pins  INTEGER      NOT NULL,
    locked_at    TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (ca_name, serial),
    CONSTRAINT pki_cloud_key_certificate_fk FOREIGN KEY (ca_name, serial) REFERENCES pki_certificate (ca_name, serial)
);

CREATE INDEX pki_cloud_key_serial_ix ON pki_cloud_key (serial);
