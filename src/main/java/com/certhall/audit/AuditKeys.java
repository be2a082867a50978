package com.certhall.audit;

/**
 * The keys that make the audit chain evident against a database administrator (docs/security.md, "Audit chain"):
 * a secret MAC key that links the entries and a signing key for checkpoints of the chain head. Both live with the CA
 * keys, outside the database; the {@code pki} module provides them.
 */
public interface AuditKeys {

    /** HMAC-SHA256 of {@code data} under the chain key (RFC 2104, FIPS 198-1). */
    byte[] mac(byte[] data);

    /** A signature of {@code data} under the audit signing key. */
    byte[] sign(byte[] data);

    /** Whether {@code signature} is the audit signing key's signature of {@code data}. */
    boolean verify(byte[] data, byte[] signature);

    /** When the keys were made (the signing certificate's notBefore): an anchor must be signed soon after. */
    java.time.Instant createdAt();

    /** Names the keys in use (the SHA-256 fingerprint of the signing key's certificate), stored with each checkpoint. */
    String keyId();
}
