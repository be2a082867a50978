package com.certhall.payments.provider;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * RSA keys of a payment provider account as PEM text (PKCS#8 private key, X.509 public key), given through the
 * environment or read from a file; a missing or malformed key stops the start with the property's name.
 */
public final class PemKeys {

    private PemKeys() {
    }

    public static PrivateKey privateKey(@Nullable String pem, @Nullable String file, String property) {
        return generate(der(pem, file, property, "PRIVATE KEY"), true, property);
    }

    public static PublicKey publicKey(@Nullable String pem, @Nullable String file, String property) {
        return generate(der(pem, file, property, "PUBLIC KEY"), false, property);
    }

    @SuppressWarnings("unchecked")
    private static <K> K generate(byte[] der, boolean isPrivate, String property) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return (K) (isPrivate ? rsa.generatePrivate(new PKCS8EncodedKeySpec(der))
                    : rsa.generatePublic(new X509EncodedKeySpec(der)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(property + " is not an RSA key in PEM (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] der(@Nullable String pem, @Nullable String file, String property, String label) {
        String text = pem;
        if ((text == null || text.isBlank()) && file != null && !file.isBlank()) {
            try {
                text = Files.readString(Path.of(file), StandardCharsets.US_ASCII);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(property + "-file " + file + " cannot be read: " + e.getMessage(), e);
            }
        }
        if (text == null || text.isBlank()) {
            throw new IllegalStateException(property + " (or " + property + "-file) is required for WeChat Pay");
        }
        String body = text.replace("-----BEGIN " + label + "-----", "").replace("-----END " + label + "-----", "")
                .replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not PEM (-----BEGIN " + label + "-----)", e);
        }
    }
}
