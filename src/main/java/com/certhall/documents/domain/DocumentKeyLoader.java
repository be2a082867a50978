package com.certhall.documents.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Finds the 256-bit document encryption key: {@code certhall.documents.encryption-key} (base64) when set; in
 * production nothing else is acceptable. Elsewhere (sandbox, development) a key is generated once and kept in
 * {@code <data-dir>/keys/documents.key}, readable by the owner only, so stored blobs survive restarts.
 */
final class DocumentKeyLoader {

    static final String PROPERTY = "certhall.documents.encryption-key";

    private DocumentKeyLoader() {
    }

    static SecretKey load(@Nullable String configured, boolean production, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return decode(configured.trim(), PROPERTY);
        }
        if (production) {
            throw new IllegalStateException("The prod profile needs " + PROPERTY + " (a base64 256-bit AES key, e.g. "
                    + "from 'openssl rand -base64 32'); refusing to start without it.");
        }
        Path file = dataDir.resolve("keys").resolve("documents.key");
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the document key at " + file, e);
        }
    }

    private static void generate(Path file) throws IOException {
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException raced) {
            // another node or test created it first: use theirs
        }
    }

    private static SecretKey decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not valid base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(source + " must hold 32 bytes (AES-256), found " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }
}
