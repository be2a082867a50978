package com.certhall.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Encryption at rest for sensitive fields (ID numbers, bank accounts, whole order drafts) with AES-256-GCM, and a
 * keyed hash (HMAC-SHA256) for equality search on values stored encrypted (docs/architecture.md, "Data"). Both keys
 * are derived from one master key: {@code certhall.data-protection.key} (base64, 32 bytes). The sandbox generates one
 * on first start under {@code ${certhall.data-dir}/keys/data.key}; the {@code prod} profile refuses to start without a
 * configured key.
 */
@Component
public class DataProtection {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    DataProtection(@Value("${certhall.data-protection.key:}") String configured,
            @Value("${certhall.data-dir}") Path dataDir, Environment environment) {
        byte[] master = configured.isBlank() ? generatedKey(dataDir, environment) : Base64.getDecoder().decode(configured.trim());
        if (master.length != 32) {
            throw new IllegalStateException("certhall.data-protection.key must be 32 bytes, base64-encoded");
        }
        this.encryptionKey = new SecretKeySpec(derive(master, "certhall-encrypt-v1"), "AES");
        this.hashKey = new SecretKeySpec(derive(master, "certhall-keyed-hash-v1"), "HmacSHA256");
    }

    /** Seals a text: {@code v1:} + base64(IV ‖ ciphertext ‖ tag). */
    public String encrypt(String plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Opens a sealed text; a tampered or foreign value is refused. */
    public String decrypt(String sealed) {
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a sealed value");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealed value is damaged or was sealed with another key", e);
        }
    }

    /** A stable, non-reversible token for equality search on an encrypted value. */
    public String keyedHash(String value) {
        return HexFormat.of().formatHex(Hmac.sha256(hashKey, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] derive(byte[] master, String purpose) {
        return Hmac.sha256(master, purpose);
    }

    private byte[] generatedKey(Path dataDir, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("certhall.data-protection.key (CERTHALL_DATA_PROTECTION_KEY) is required "
                    + "under the prod profile: 32 random bytes, base64-encoded (openssl rand -base64 32)");
        }
        Path file = dataDir.resolve("keys").resolve("data.key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            random.nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the directory's own protection applies
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the sandbox data key " + file, e);
        }
    }
}
