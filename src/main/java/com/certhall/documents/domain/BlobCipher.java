package com.certhall.documents.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for blobs at rest. Layout: one format byte ({@code 1}), the random 96-bit IV, then ciphertext and
 * the 128-bit tag. The blob key is the additional authenticated data, so a blob copied over another one's file is
 * refused just like an edited one (NIST SP 800-38D: a fresh random IV per message under one key).
 */
final class BlobCipher {

    static final byte FORMAT_V1 = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    BlobCipher(SecretKey key) {
        this.key = key;
    }

    byte[] encrypt(String blobKey, byte[] plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(blobKey.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(FORMAT_V1).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** The plaintext, or {@link GeneralSecurityException} when the blob is not one this key sealed under this name. */
    byte[] decrypt(String blobKey, byte[] blob) throws GeneralSecurityException {
        if (blob.length < 1 + IV_BYTES + TAG_BITS / 8 || blob[0] != FORMAT_V1) {
            throw new GeneralSecurityException("not a sealed blob (format or length)");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, blob, 1, IV_BYTES));
        cipher.updateAAD(blobKey.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(blob, 1 + IV_BYTES, blob.length - 1 - IV_BYTES);
    }
}
