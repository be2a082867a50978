package com.certhall.pki.ca;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.spec.KeySpec;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** PINs of server-generated keys: 8 random digits, stored only as a salted PBKDF2-HMAC-SHA256 hash. */
public final class Pins {

    private static final int ITERATIONS = 210_000;

    private Pins() {
    }

    public static String newPin() {
        StringBuilder pin = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            pin.append((char) ('0' + Crypto.random().nextInt(10)));
        }
        return pin.toString();
    }

    /** {@code pbkdf2-sha256$iterations$salt$hash}, Base64. */
    public static String hash(String pin) {
        byte[] salt = new byte[16];
        Crypto.random().nextBytes(salt);
        return "pbkdf2-sha256$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(derive(pin, salt, ITERATIONS));
    }

    public static boolean matches(String pin, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(pin, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        try {
            KeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 missing from the JDK", e);
        }
    }
}
