package com.certhall.signing.domain;

import com.certhall.pki.KeyAlgorithm;
import java.util.List;

/**
 * The object identifiers the CSC API speaks in (docs/signing.md, "Algorithms"): key algorithm, the one signature
 * algorithm each key signs with, and the hash that signature is over.
 */
public final class CscAlgorithms {

    public static final String RSA = "1.2.840.113549.1.1.1";
    public static final String EC = "1.2.840.10045.2.1";
    public static final String P256 = "1.2.840.10045.3.1.7";
    /** SM2 public key, GM/T 0006-2012. */
    public static final String SM2 = "1.2.156.10197.1.301";
    public static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
    public static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
    /** SM2 signature with SM3, GM/T 0006-2012. */
    public static final String SM2_WITH_SM3 = "1.2.156.10197.1.501";
    public static final String SHA256 = "2.16.840.1.101.3.4.2.1";
    /** SM3, GM/T 0006-2012. */
    public static final String SM3 = "1.2.156.10197.1.401";

    private CscAlgorithms() {
    }

    /** {@code key/algo} of credentials/info: the key's algorithm OID (and the curve's for EC). */
    public static List<String> keyAlgorithms(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case SM2 -> List.of(SM2);
            case EC_P256 -> List.of(EC, P256);
            case RSA_2048, RSA_3072 -> List.of(RSA);
        };
    }

    public static String signatureAlgorithm(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case SM2 -> SM2_WITH_SM3;
            case EC_P256 -> ECDSA_WITH_SHA256;
            case RSA_2048, RSA_3072 -> SHA256_WITH_RSA;
        };
    }

    /** The hash a signature of this key is over: SM3 (of Z‖M) for SM2, SHA-256 otherwise. */
    public static String hashAlgorithm(KeyAlgorithm algorithm) {
        return algorithm == KeyAlgorithm.SM2 ? SM3 : SHA256;
    }

    public static int keyLength(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case SM2, EC_P256 -> 256;
            case RSA_2048 -> 2048;
            case RSA_3072 -> 3072;
        };
    }

    public static String hashName(String oid) {
        return SM3.equals(oid) ? "SM3" : SHA256.equals(oid) ? "SHA-256" : oid;
    }
}
