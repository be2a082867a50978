-- pki: keys the CA uses for a service of its own beside OCSP (docs/pki.md): the RFC 3161 time-stamping unit of each
-- issuing CA (purpose 'TSA') and the GB/T 38540 seal maker (purpose 'SEAL_MAKER'). The key is in the soft key store
-- under key_ref; the certificate (DER) is also in pki_certificate, so OCSP and CRLs know it. A new key replaces the
-- row; tokens signed with the old key keep their certificate inside them.
CREATE TABLE pki_service_key (
    ca_name      VARCHAR(32)  NOT NULL,
    purpose      VARCHAR(16)  NOT NULL,
    key_ref      VARCHAR(200) NOT NULL,
    certificate  BYTEA        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (ca_name, purpose)
);
