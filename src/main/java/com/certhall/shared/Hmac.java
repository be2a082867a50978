package com.certhall.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 (RFC 2104 with SHA-256, RFC 4231): the one way the platform keys a digest, for its own tokens and
 * for the signatures partners and providers check. Every JDK has the algorithm.
 */
public final class Hmac {

    private static final String ALGORITHM = "HmacSHA256";

    private Hmac() {
    }

    /** The tag of {@code data} under {@code key}; a hardware key is used by the provider that holds it. */
    public static byte[] sha256(Key key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is always available", e);
        }
    }

    /** The tag of {@code data} under the raw key bytes. */
    public static byte[] sha256(byte[] key, byte[] data) {
        return sha256(new SecretKeySpec(key, ALGORITHM), data);
    }

    /** The tag of the UTF-8 bytes of {@code text} under the raw key bytes. */
    public static byte[] sha256(byte[] key, String text) {
        return sha256(key, text.getBytes(StandardCharsets.UTF_8));
    }
}
