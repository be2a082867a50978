package com.certhall.documents.domain;

import com.certhall.documents.DocumentId;
import com.certhall.documents.DocumentKind;
import com.certhall.documents.DocumentOwner;
import com.certhall.documents.DocumentStateException;
import com.certhall.documents.DocumentStatus;
import com.certhall.documents.StoredDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One stored version of an owner's document. Born {@code ACTIVE} with its encrypted blob already written; it can
 * leave that state once, either superseded by a newer version or deleted by its owner, and never comes back.
 * Rows are never removed: the blob key, hash and size stay for review and the retention period.
 */
@Entity
@Table(name = "documents_document")
class DocumentVersion {

    @Id
    private UUID id;

    @Column(name = "owner_ref", nullable = false, length = 100)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DocumentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DocumentStatus status;

    @Column(nullable = false, length = 255)
    private String originalName;

    @Column(nullable = false, length = 64)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false, length = 200)
    private String blobKey;

    @Column(nullable = false, length = 100)
    private String uploadedBy;

    @Column(nullable = false)
    private Instant uploadedAt;

    @Column(name = "replaces_id")
    private @Nullable UUID replaces;

    @Column(name = "superseded_by_id")
    private @Nullable UUID supersededBy;

    @Column(length = 100)
    private @Nullable String removedBy;

    private @Nullable Instant removedAt;

    @Version
    @Column(nullable = false)
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected DocumentVersion() {
        // for JPA
    }

    DocumentVersion(UUID id, DocumentOwner owner, DocumentKind kind, String originalName, String contentType,
            long size, String sha256, String blobKey, String uploadedBy, Instant uploadedAt, @Nullable UUID replaces) {
        this.id = id;
        this.owner = owner.reference();
        this.kind = kind;
        this.status = DocumentStatus.ACTIVE;
        this.originalName = originalName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.blobKey = blobKey;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.replaces = replaces;
    }

    void supersedeBy(UUID newer, String actor, Instant at) {
        leaveActive(DocumentStatus.SUPERSEDED, actor, at);
        this.supersededBy = newer;
    }

    void delete(String actor, Instant at) {
        leaveActive(DocumentStatus.DELETED, actor, at);
    }

    private void leaveActive(DocumentStatus next, String actor, Instant at) {
        if (status != DocumentStatus.ACTIVE) {
            throw new DocumentStateException(new DocumentId(id), status);
        }
        this.status = next;
        this.removedBy = actor;
        this.removedAt = at;
    }

    boolean belongsTo(DocumentOwner candidate) {
        return owner.equals(candidate.reference());
    }

    UUID id() {
        return id;
    }

    DocumentKind kind() {
        return kind;
    }

    String blobKey() {
        return blobKey;
    }

    String sha256() {
        return sha256;
    }

    StoredDocument toView() {
        return new StoredDocument(new DocumentId(id), new DocumentOwner(owner), kind, size, contentType, sha256,
                originalName, uploadedAt, status, Optional.ofNullable(replaces).map(DocumentId::new));
    }
}
