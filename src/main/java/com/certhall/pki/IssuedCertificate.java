package com.certhall.pki;

import java.time.Instant;
import java.util.Base64;

/**
 * A certificate the CA has issued.
 *
 * @param serialHex   serial number, lower-case hex without leading zeros
 * @param caName      issuing CA ({@code ecc-issuing} …)
 * @param profile     profile it was issued under
 * @param algorithm   key algorithm of the certificate
 * @param requestId   the idempotency key it was issued for
 * @param der         the certificate, DER
 * @param pemChain    PEM of the certificate followed by the issuing CA and the root
 * @param notBefore   start of validity
 * @param notAfter    end of validity
 * @param fingerprint SHA-256 of the DER, lower-case hex
 */
public record IssuedCertificate(String serialHex, String caName, CertificateProfile profile, KeyAlgorithm algorithm,
        String requestId, byte[] der, String pemChain, Instant notBefore, Instant notAfter, String fingerprint) {

    /** PEM of the certificate alone. */
    public String pem() {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }

    public byte[] der() {
        return der.clone();
    }

    @Override
    public String toString() {
        return "IssuedCertificate[" + caName + "/" + serialHex + ", " + profile + "]";
    }
}
