package com.certhall.signing.domain;

import com.certhall.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random secrets of this module (client secrets, access tokens, SADs, handles) and how they are stored: 256 random
 * bits, so one SHA-256 is a sound stored form (a slow hash guards guessable secrets such as PINs, not these).
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String newSecret(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    public static String hash(String secret) {
        return Sha256.hex(secret);
    }

    public static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
