package com.certhall.shared;

/**
 * Checks a holder-supplied certificate request (PEM PKCS#10) before an order accepts it: it must parse, hold a key
 * of the requested algorithm and carry a valid self-signature (proof of possession). Implemented by the {@code pki}
 * module (the only one that may use Bouncy Castle); callers inject it optionally and refuse CSRs while no
 * implementation is present.
 */
public interface CertificateRequestCheck {

    /**
     * Verifies {@code pem} for a certificate with {@code requestedKeyAlgorithm} (the catalog's names: {@code SM2},
     * {@code EC_P256}, {@code RSA_2048}).
     *
     * @throws InvalidInputException naming field {@code csr} when it is malformed, badly signed or holds another key
     */
    void check(String pem, String requestedKeyAlgorithm);
}
