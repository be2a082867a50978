package com.certhall.pki.ca;

import com.certhall.pki.KeyAlgorithm;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.HexFormat;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** Bouncy Castle registration and the algorithm choices of the CA core. */
public final class Crypto {

    /** The Bouncy Castle provider, registered once per JVM. */
    public static final Provider BC;

    /** GM/T 0009-2012 default SM2 user ID; BC uses it for SM3withSM2 unless told otherwise. */
    public static final String SM2_USER_ID = "1234567812345678";

    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        Provider existing = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (existing == null) {
            existing = new BouncyCastleProvider();
            Security.addProvider(existing);
        }
        BC = existing;
    }

    private Crypto() {
    }

    public static String signatureAlgorithm(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case SM2 -> "SM3withSM2";
            case EC_P256 -> "SHA256withECDSA";
            case RSA_2048, RSA_3072 -> "SHA256withRSA";
        };
    }

    /** Generates a key pair in software (Bouncy Castle). */
    public static KeyPair generateKeyPair(KeyAlgorithm algorithm) {
        return generateKeyPair(algorithm, BC);
    }

    public static KeyPair generateKeyPair(KeyAlgorithm algorithm, Provider provider) {
        try {
            KeyPairGenerator generator;
            switch (algorithm) {
                case SM2 -> {
                    generator = KeyPairGenerator.getInstance("EC", provider);
                    generator.initialize(new ECGenParameterSpec("sm2p256v1"), RANDOM);
                }
                case EC_P256 -> {
                    generator = KeyPairGenerator.getInstance("EC", provider);
                    generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
                }
                default -> {
                    generator = KeyPairGenerator.getInstance("RSA", provider);
                    int bits = algorithm == KeyAlgorithm.RSA_3072 ? 3072 : 2048;
                    generator.initialize(new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4), RANDOM);
                }
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + algorithm + " key pair", e);
        }
    }

    public static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(digest("SHA-256", data));
    }

    public static byte[] sha1(byte[] data) {
        return digest("SHA-1", data);
    }

    public static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " missing from the JDK", e);
        }
    }

    /**
     * Serial numbers as stored and shown: lower-case hex, no leading zeros — what {@code serial.toString(16)} gives,
     * written from the two's-complement octets instead of by {@code BigInteger}'s repeated division (a few per cent
     * of an OCSP answer's Java time, docs/benchmarks.md).
     */
    public static String serialHex(BigInteger serial) {
        if (serial.signum() < 0) {
            return serial.toString(16);
        }
        String hex = HexFormat.of().formatHex(serial.toByteArray());
        int from = 0;
        while (from < hex.length() - 1 && hex.charAt(from) == '0') {
            from++;
        }
        return hex.substring(from);
    }

    /** Parses a hex serial as users type it (any case, optional colons/spaces, optional 0x). */
    public static BigInteger parseSerial(String hex) {
        String cleaned = hex.strip().replace(":", "").replace(" ", "").toLowerCase();
        if (cleaned.startsWith("0x")) {
            cleaned = cleaned.substring(2);
        }
        return new BigInteger(cleaned, 16);
    }

    public static SecureRandom random() {
        return RANDOM;
    }
}
