package com.certhall.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 (FIPS 180-4): the one way the platform digests a token, a file or a canonical text to keep or compare.
 * Every JDK has the algorithm.
 */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] of(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** The digest in lower-case hex. */
    public static String hex(byte[] data) {
        return HexFormat.of().formatHex(of(data));
    }

    /** The digest of the UTF-8 bytes of {@code text}, in lower-case hex. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
