package com.certhall.shared;

/**
 * Checks a holder-supplied certificate request (PEM PKCS#10): it must parse, carry a valid self-signature and name
 * a public key. Implemented by the {@code pki} module (the only one that may use Bouncy Castle); callers inject it
 * optionally and refuse CSRs while no implementation is present.
 */
public interface CertificateRequestCheck {

    /**
     * Parses and verifies {@code pem}.
     *
     * @throws InvalidInputException naming field {@code csr} when it is not a well-formed, self-signed PKCS#10 request
     */
    Result check(String pem);

    /**
     * What the request holds.
     *
     * @param keyAlgorithm the catalog's algorithm name for the key: {@code SM2}, {@code EC_P256} or {@code RSA_2048}
     *                     when the key matches one of them, else a descriptive name ({@code RSA_1024}, {@code EC_P384})
     * @param keySize      the key size in bits (RSA modulus, EC field size)
     * @param subject      the requested subject DN as written in the request (informative only)
     */
    record Result(String keyAlgorithm, int keySize, String subject) {
    }
}
