package com.certhall.pki;

import java.time.Instant;

/**
 * A CA of this platform as relying parties see it.
 *
 * @param name      {@code sm2-root}, {@code sm2-issuing}, {@code ecc-root}, {@code ecc-issuing}, {@code rsa-root},
 *                  {@code rsa-issuing}
 * @param algorithm key algorithm of the CA key
 * @param root      true for a self-signed root
 * @param subject   subject DN (RFC 4514)
 * @param der       the CA certificate, DER
 * @param certUrl   public URL of the certificate ({@code /pki/ca/{name}.crt})
 * @param crlUrl    public URL of its CRL ({@code /pki/crl/{name}.crl})
 * @param notBefore start of the certificate's validity
 */
public record CaCertificate(String name, KeyAlgorithm algorithm, boolean root, String subject, byte[] der,
        String certUrl, String crlUrl, Instant notBefore) {

    public byte[] der() {
        return der.clone();
    }
}
