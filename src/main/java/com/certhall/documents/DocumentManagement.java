package com.certhall.documents;

import java.io.InputStream;
import java.util.List;

/**
 * The materials an owner (an order, a payment) uploads. Every upload is checked before anything is kept: its real
 * type is sniffed from the leading bytes and must be one of the rule's formats, and the stream is read only up to
 * one byte past the rule's limit. What passes is hashed (SHA-256), encrypted (AES-GCM) and written through the
 * {@code BlobStore} port. Nothing is hard-deleted: replacing keeps the old version as {@link DocumentStatus#SUPERSEDED},
 * deleting marks it {@link DocumentStatus#DELETED}. Once the owner is {@linkplain #lock locked} (at submission) its
 * documents can be read but not changed until {@linkplain #unlock unlocked}. Every method that names a document also
 * names its owner, so a caller can only reach documents of the owner it has checked access to.
 */
public interface DocumentManagement {

    /**
     * Stores a new document of {@code upload.kind()} for {@code upload.owner()}. The stream is read here and not
     * closed.
     *
     * @throws DocumentTooLargeException (413) past {@code rule.maxBytes()}; the rest of the stream is not read
     * @throws UnsupportedDocumentTypeException (415) when the bytes are not an accepted format, or the name's
     *         extension claims another format than the bytes
     * @throws com.certhall.shared.InvalidInputException (400, field {@code file}) for an empty file
     * @throws DocumentsLockedException (409) when the owner is locked
     */
    StoredDocument store(Upload upload, InputStream content, UploadRule rule);

    /**
     * Stores a new version of {@code current} (same owner and kind as {@code upload}); the current version becomes
     * superseded and stays readable. Same checks as {@link #store}.
     *
     * @throws DocumentStateException (409) when {@code current} was already replaced or deleted
     */
    StoredDocument replace(DocumentId current, Upload upload, InputStream content, UploadRule rule);

    /** Marks the document deleted (retained, no longer listed). */
    void delete(DocumentOwner owner, DocumentId id, String actor);

    /** The owner's current documents (not superseded, not deleted), oldest first. */
    List<StoredDocument> list(DocumentOwner owner);

    /** Every version the owner ever stored, superseded and deleted ones included, oldest first. */
    List<StoredDocument> history(DocumentOwner owner);

    /** One version, whatever its status. */
    StoredDocument get(DocumentOwner owner, DocumentId id);

    /**
     * The decrypted bytes for download or preview, after checking the GCM tag and the recorded SHA-256.
     *
     * @throws DocumentIntegrityException when the stored blob was altered
     */
    DocumentContent content(DocumentOwner owner, DocumentId id);

    /**
     * A PNG thumbnail: images scaled down, PDFs' first page rendered.
     *
     * @throws PreviewUnavailableException (422) when the content cannot be drawn
     */
    DocumentContent thumbnail(DocumentOwner owner, DocumentId id);

    /** Freezes the owner's documents (at submission); idempotent. */
    void lock(DocumentOwner owner, String actor);

    /** Allows changes again (an order returned for correction); idempotent. */
    void unlock(DocumentOwner owner, String actor);

    boolean isLocked(DocumentOwner owner);
}
