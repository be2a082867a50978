package com.certhall.pki.ca;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key-encryption key that seals cloud certificates' software keys (docs/signing.md): AES-256, kept with the CA
 * keys in {@code ${certhall.data-dir}/ca/cloud-kek.p12} under {@code certhall.pki.keystore-password}, made on first
 * use. Sealing is AES-GCM (NIST SP 800-38D) with a random 96-bit nonce and the certificate's CA and serial as
 * associated data, so a sealed key copied onto another certificate's row does not open.
 */
@Component
class KeyEncryptionKey {

    private static final String ALIAS = "cloud-kek";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final Path file;
    private final SoftCaSignerFactory softStore;
    private volatile SecretKey key;

    KeyEncryptionKey(@Value("${certhall.data-dir}") String dataDir, SoftCaSignerFactory softStore) {
        this.file = Path.of(dataDir, "ca", ALIAS + ".p12");
        this.softStore = softStore;
    }

    byte[] seal(byte[] plain, String binding) {
        try {
            byte[] nonce = new byte[NONCE];
            Crypto.random().nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a cloud key", e);
        }
    }

    byte[] unseal(byte[] sealed, String binding) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
            cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot unseal the cloud key of " + binding, e);
        }
    }

    private SecretKey key() {
        SecretKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = Files.exists(file) ? read() : create();
                }
                current = key;
            }
        }
        return current;
    }

    private SecretKey read() {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, softStore.password());
            return (SecretKey) store.getKey(ALIAS, softStore.password());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot read the key-encryption key " + file, e);
        }
    }

    private SecretKey create() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, Crypto.random());
            SecretKey created = generator.generateKey();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setEntry(ALIAS, new KeyStore.SecretKeyEntry(created),
                    new KeyStore.PasswordProtection(softStore.password()));
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "kek", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                store.store(out, softStore.password());
            }
            // another node that made one first wins; both then read the same file
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                Files.deleteIfExists(temp);
                return read();
            }
            return Files.exists(file) ? read() : created;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot create the key-encryption key " + file, e);
        }
    }
}
