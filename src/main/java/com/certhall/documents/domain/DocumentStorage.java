package com.certhall.documents.domain;

import com.certhall.documents.DocumentId;
import com.certhall.documents.DocumentIntegrityException;
import com.certhall.documents.provider.BlobStore;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Seals plaintext into the blob store and opens it again, checking the GCM tag and the recorded SHA-256. */
class DocumentStorage {

    private static final Logger log = LoggerFactory.getLogger(DocumentStorage.class);

    private final BlobStore blobs;
    private final BlobCipher cipher;
    private final Clock clock;

    DocumentStorage(BlobStore blobs, BlobCipher cipher, Clock clock) {
        this.blobs = blobs;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Encrypts and writes the bytes of a new version; returns the blob key. */
    String write(UUID documentId, byte[] plaintext) {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(ZoneOffset.UTC);
        String key = String.format("documents/%04d/%02d/%s", now.getYear(), now.getMonthValue(), documentId);
        blobs.put(key, cipher.encrypt(key, plaintext));
        return key;
    }

    byte[] read(DocumentVersion version) {
        DocumentId id = new DocumentId(version.id());
        byte[] plaintext;
        try {
            plaintext = cipher.decrypt(version.blobKey(), blobs.get(version.blobKey()));
        } catch (GeneralSecurityException e) {
            log.error("Stored document {} failed AES-GCM authentication; blob {} was altered or damaged", id,
                    version.blobKey());
            throw new DocumentIntegrityException(id, e);
        }
        if (!UploadInspector.sha256(plaintext).equals(version.sha256())) {
            log.error("Stored document {} decrypted but its SHA-256 differs from the recorded one", id);
            throw new DocumentIntegrityException(id, new GeneralSecurityException("SHA-256 mismatch"));
        }
        return plaintext;
    }
}
