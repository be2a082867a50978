package com.certhall.pki;

/** Key and signature algorithm of a certificate and of the CA hierarchy that issues it. */
public enum KeyAlgorithm {
    /** SM2 on sm2p256v1, signed SM3withSM2 with the GM/T 0009 default user ID (GM/T 0015). */
    SM2("sm2"),
    /** ECDSA on NIST P-256, SHA256withECDSA. */
    EC_P256("ecc"),
    /** RSA 2048, SHA256withRSA. */
    RSA_2048("rsa"),
    /** RSA 3072, SHA256withRSA. */
    RSA_3072("rsa");

    private final String family;

    KeyAlgorithm(String family) {
        this.family = family;
    }

    /** The CA family that issues this algorithm: {@code sm2}, {@code ecc} or {@code rsa}. */
    public String family() {
        return family;
    }

    /** Name of the issuing CA for this algorithm, e.g. {@code ecc-issuing}. */
    public String issuingCaName() {
        return family + "-issuing";
    }

    /** Name of the root CA for this algorithm, e.g. {@code ecc-root}. */
    public String rootCaName() {
        return family + "-root";
    }
}
