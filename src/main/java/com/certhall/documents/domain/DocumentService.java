package com.certhall.documents.domain;

import com.certhall.documents.DocumentContent;
import com.certhall.documents.DocumentDeleted;
import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentId;
import com.certhall.documents.DocumentManagement;
import com.certhall.documents.DocumentNotFoundException;
import com.certhall.documents.DocumentOwner;
import com.certhall.documents.DocumentStatus;
import com.certhall.documents.DocumentStored;
import com.certhall.documents.DocumentsLockChanged;
import com.certhall.documents.DocumentsLockedException;
import com.certhall.documents.PreviewUnavailableException;
import com.certhall.documents.StoredDocument;
import com.certhall.documents.Upload;
import com.certhall.documents.UploadRule;
import com.certhall.documents.preview.ThumbnailRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link DocumentManagement} on JPA rows, an encrypted blob store and the owner lock. */
@Service
@Transactional
class DocumentService implements DocumentManagement {

    private final DocumentVersions versions;
    private final OwnerLocks locks;
    private final DocumentStorage storage;
    private final ThumbnailRenderer thumbnails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentService(DocumentVersions versions, OwnerLocks locks, DocumentStorage storage,
            ThumbnailRenderer thumbnails, ApplicationEventPublisher events, Clock clock) {
        this.versions = versions;
        this.locks = locks;
        this.storage = storage;
        this.thumbnails = thumbnails;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public StoredDocument store(Upload upload, InputStream content, UploadRule rule) {
        UploadInspector.Inspected inspected = UploadInspector.inspect(content, upload.originalName(), rule);
        requireUnlocked(upload.owner(), upload.actor());
        return save(upload, inspected, null);
    }

    @Override
    public StoredDocument replace(DocumentId current, Upload upload, InputStream content, UploadRule rule) {
        DocumentVersion old = find(upload.owner(), current);
        if (old.kind() != upload.kind()) {
            throw new DocumentNotFoundException(current);
        }
        UploadInspector.Inspected inspected = UploadInspector.inspect(content, upload.originalName(), rule);
        requireUnlocked(upload.owner(), upload.actor());
        UUID newId = UUID.randomUUID();
        old.supersedeBy(newId, upload.actor(), now());
        return save(upload, inspected, newId, old.id());
    }

    @Override
    public void delete(DocumentOwner owner, DocumentId id, String actor) {
        DocumentVersion version = find(owner, id);
        requireUnlocked(owner, actor);
        Instant now = now();
        version.delete(actor, now);
        events.publishEvent(new DocumentDeleted(id, owner, version.kind(), actor, now));
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredDocument> list(DocumentOwner owner) {
        return versions.findByOwnerAndStatusOrderByUploadedAtAscIdAsc(owner.reference(), DocumentStatus.ACTIVE)
                .stream().map(DocumentVersion::toView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredDocument> history(DocumentOwner owner) {
        return versions.findByOwnerOrderByUploadedAtAscIdAsc(owner.reference()).stream()
                .map(DocumentVersion::toView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public StoredDocument get(DocumentOwner owner, DocumentId id) {
        return find(owner, id).toView();
    }

    @Override
    @Transactional(readOnly = true)
    public DocumentContent content(DocumentOwner owner, DocumentId id) {
        DocumentVersion version = find(owner, id);
        StoredDocument view = version.toView();
        return new DocumentContent(view.originalName(), view.contentType(), storage.read(version));
    }

    @Override
    @Transactional(readOnly = true)
    public DocumentContent thumbnail(DocumentOwner owner, DocumentId id) {
        DocumentVersion version = find(owner, id);
        DocumentFormat format = version.toView().format();
        byte[] plaintext = storage.read(version);
        try {
            return new DocumentContent(id + "-thumbnail.png", "image/png", thumbnails.render(plaintext, format));
        } catch (IOException | RuntimeException e) {
            throw new PreviewUnavailableException(id, e);
        }
    }

    @Override
    public void lock(DocumentOwner owner, String actor) {
        changeLock(owner, true, actor);
    }

    @Override
    public void unlock(DocumentOwner owner, String actor) {
        changeLock(owner, false, actor);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isLocked(DocumentOwner owner) {
        return locks.findById(owner.reference()).map(OwnerLock::isLocked).orElse(false);
    }

    private void changeLock(DocumentOwner owner, boolean locked, String actor) {
        Instant now = now();
        OwnerLock lock = lockRow(owner, actor, now);
        if (lock.setLocked(locked, actor, now)) {
            events.publishEvent(new DocumentsLockChanged(owner, locked, actor, now));
        }
    }

    private void requireUnlocked(DocumentOwner owner, String actor) {
        if (lockRow(owner, actor, now()).isLocked()) {
            throw new DocumentsLockedException(owner);
        }
    }

    private OwnerLock lockRow(DocumentOwner owner, String actor, Instant now) {
        return locks.findForChange(owner.reference())
                .orElseGet(() -> locks.saveAndFlush(new OwnerLock(owner.reference(), actor, now)));
    }

    private StoredDocument save(Upload upload, UploadInspector.Inspected inspected, @Nullable UUID replaces) {
        return save(upload, inspected, UUID.randomUUID(), replaces);
    }

    private StoredDocument save(Upload upload, UploadInspector.Inspected inspected, UUID id,
            @Nullable UUID replaces) {
        Instant now = now();
        String blobKey = storage.write(id, inspected.bytes());
        DocumentVersion version = versions.save(new DocumentVersion(id, upload.owner(), upload.kind(),
                upload.originalName(), inspected.format().contentType(), inspected.bytes().length,
                inspected.sha256(), blobKey, upload.actor(), now, replaces));
        StoredDocument view = version.toView();
        events.publishEvent(new DocumentStored(view.documentId(), upload.owner(), upload.kind(), view.contentType(),
                view.size(), view.sha256(), view.replaces().orElse(null), upload.actor(), now));
        return view;
    }

    /** Microseconds: what both H2 and PostgreSQL keep, so a stored view equals the one read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private DocumentVersion find(DocumentOwner owner, DocumentId id) {
        return versions.findById(id.id()).filter(v -> v.belongsTo(owner))
                .orElseThrow(() -> new DocumentNotFoundException(id));
    }
}
