package com.certhall.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Storing, reading, replacing, deleting and locking an owner's documents, down to the bytes on disk. */
@IntegrationTest
@RecordApplicationEvents
class DocumentManagementTests {

    static final UploadRule TWO_MB = UploadRule.anyFormat(2 * 1024 * 1024);
    static final String ACTOR = "applicant:test";

    @Autowired
    DocumentManagement documents;

    @Autowired
    ApplicationEvents events;

    @Autowired
    PlatformTransactionManager transactions;

    @Value("${certhall.data-dir}")
    Path dataDir;

    @Test
    void storesADocumentAndReadsItBack() {
        DocumentOwner owner = newOwner();
        byte[] png = DocumentSamples.image(DocumentFormat.PNG, 300, 200);

        StoredDocument stored = documents.store(upload(owner, DocumentKind.BUSINESS_LICENSE, "C:\\scans\\执照.png"),
                stream(png), TWO_MB);

        assertThat(stored.kind()).isEqualTo(DocumentKind.BUSINESS_LICENSE);
        assertThat(stored.size()).isEqualTo(png.length);
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.originalName()).isEqualTo("执照.png");
        assertThat(stored.sha256()).hasSize(64).isEqualTo(sha256(png));
        assertThat(stored.status()).isEqualTo(DocumentStatus.ACTIVE);
        assertThat(stored.uploadedAt()).isNotNull();
        assertThat(documents.list(owner)).containsExactly(stored);
        DocumentContent content = documents.content(owner, stored.documentId());
        assertThat(content.bytes()).isEqualTo(png);
        assertThat(content.contentType()).isEqualTo("image/png");
        assertThat(content.fileName()).isEqualTo("执照.png");
        assertThat(events.stream(DocumentStored.class))
                .anySatisfy(e -> {
                    assertThat(e.documentId()).isEqualTo(stored.documentId());
                    assertThat(e.toAuditRecord().action()).isEqualTo("documents.stored");
                    assertThat(e.toAuditRecord().details()).containsEntry("sha256", stored.sha256());
                });
    }

    @Test
    void keepsOnlyCiphertextOnDisk() throws IOException {
        DocumentOwner owner = newOwner();
        String marker = "PLAINTEXT-MARKER-" + UUID.randomUUID();

        StoredDocument stored = documents.store(upload(owner, DocumentKind.OTHER, "marker.pdf"),
                stream(DocumentSamples.pdfWithMarker(marker)), TWO_MB);

        Path blob = blobOf(stored);
        String onDisk = new String(Files.readAllBytes(blob), StandardCharsets.ISO_8859_1);
        assertThat(onDisk).doesNotContain(marker).doesNotContain("%PDF");
        assertThat(new String(documents.content(owner, stored.documentId()).bytes(), StandardCharsets.UTF_8))
                .contains(marker);
    }

    @Test
    void refusesABlobTamperedWithOnDisk() throws IOException {
        DocumentOwner owner = newOwner();
        StoredDocument stored = documents.store(upload(owner, DocumentKind.ID_FRONT, "id.jpg"),
                stream(DocumentSamples.image(DocumentFormat.JPEG, 200, 120)), TWO_MB);
        Path blob = blobOf(stored);
        byte[] bytes = Files.readAllBytes(blob);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(blob, bytes);

        assertThatThrownBy(() -> documents.content(owner, stored.documentId()))
                .isInstanceOfSatisfying(DocumentIntegrityException.class, e -> assertThat(e.status()).isEqualTo(500));
        assertThatThrownBy(() -> documents.thumbnail(owner, stored.documentId()))
                .isInstanceOf(DocumentIntegrityException.class);
    }

    @Test
    void refusesOversizedAndDisguisedUploadsWithoutStoringAnything() {
        DocumentOwner owner = newOwner();
        UploadRule pdfOnly = UploadRule.of(512, DocumentFormat.PDF);

        assertThatThrownBy(() -> documents.store(upload(owner, DocumentKind.APPLICATION_FORM, "form.pdf"),
                stream(DocumentSamples.pdf()), pdfOnly))
                .isInstanceOfSatisfying(DocumentTooLargeException.class, e -> assertThat(e.status()).isEqualTo(413));
        assertThatThrownBy(() -> documents.store(upload(owner, DocumentKind.APPLICATION_FORM, "form.pdf"),
                stream(DocumentSamples.image(DocumentFormat.PNG, 10, 10)), pdfOnly))
                .isInstanceOfSatisfying(UnsupportedDocumentTypeException.class,
                        e -> assertThat(e.status()).isEqualTo(415));
        assertThatThrownBy(() -> documents.store(upload(owner, DocumentKind.ID_FRONT, "photo.jpg"),
                stream(DocumentSamples.exe()), TWO_MB))
                .isInstanceOf(UnsupportedDocumentTypeException.class);

        assertThat(documents.history(owner)).isEmpty();
        assertThat(events.stream(DocumentStored.class)).isEmpty();
    }

    @Test
    void replacingKeepsTheOldVersionAsSuperseded() {
        DocumentOwner owner = newOwner();
        byte[] first = DocumentSamples.image(DocumentFormat.PNG, 40, 40);
        byte[] second = DocumentSamples.pdf();
        StoredDocument old = documents.store(upload(owner, DocumentKind.APPLICATION_FORM, "form.png"), stream(first),
                TWO_MB);

        StoredDocument newer = documents.replace(old.documentId(),
                upload(owner, DocumentKind.APPLICATION_FORM, "form-stamped.pdf"), stream(second), TWO_MB);

        assertThat(newer.replaces()).contains(old.documentId());
        assertThat(newer.contentType()).isEqualTo("application/pdf");
        assertThat(documents.list(owner)).containsExactly(newer);
        assertThat(documents.history(owner)).extracting(StoredDocument::documentId, StoredDocument::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(old.documentId(), DocumentStatus.SUPERSEDED),
                        org.assertj.core.groups.Tuple.tuple(newer.documentId(), DocumentStatus.ACTIVE));
        assertThat(documents.content(owner, old.documentId()).bytes()).isEqualTo(first);
        assertThat(documents.content(owner, newer.documentId()).bytes()).isEqualTo(second);
        assertThatThrownBy(() -> documents.replace(old.documentId(),
                upload(owner, DocumentKind.APPLICATION_FORM, "again.pdf"), stream(second), TWO_MB))
                .isInstanceOfSatisfying(DocumentStateException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(events.stream(DocumentStored.class)).filteredOn(e -> e.replaces() != null)
                .singleElement().satisfies(e -> assertThat(e.toAuditRecord().action()).isEqualTo("documents.replaced"));
    }

    @Test
    void deletingMarksTheDocumentAndRetainsIt() {
        DocumentOwner owner = newOwner();
        byte[] gif = DocumentSamples.image(DocumentFormat.GIF, 30, 30);
        StoredDocument stored = documents.store(upload(owner, DocumentKind.SEAL_SPECIMEN, "seal.gif"), stream(gif),
                TWO_MB);

        documents.delete(owner, stored.documentId(), ACTOR);

        assertThat(documents.list(owner)).isEmpty();
        assertThat(documents.get(owner, stored.documentId()).status()).isEqualTo(DocumentStatus.DELETED);
        assertThat(documents.content(owner, stored.documentId()).bytes()).isEqualTo(gif);
        assertThat(Files.exists(blobOf(stored))).isTrue();
        assertThatThrownBy(() -> documents.delete(owner, stored.documentId(), ACTOR))
                .isInstanceOf(DocumentStateException.class);
        assertThat(events.stream(DocumentDeleted.class)).singleElement()
                .satisfies(e -> assertThat(e.documentId()).isEqualTo(stored.documentId()));
    }

    @Test
    void lockedOwnersRefuseEveryChangeUntilUnlocked() {
        DocumentOwner owner = newOwner();
        StoredDocument stored = documents.store(upload(owner, DocumentKind.ID_BACK, "back.bmp"),
                stream(DocumentSamples.image(DocumentFormat.BMP, 50, 30)), TWO_MB);

        documents.lock(owner, ACTOR);
        documents.lock(owner, ACTOR);

        assertThat(documents.isLocked(owner)).isTrue();
        Stream.<Runnable>of(
                () -> documents.store(upload(owner, DocumentKind.OTHER, "x.pdf"), stream(DocumentSamples.pdf()),
                        TWO_MB),
                () -> documents.replace(stored.documentId(), upload(owner, DocumentKind.ID_BACK, "b.pdf"),
                        stream(DocumentSamples.pdf()), TWO_MB),
                () -> documents.delete(owner, stored.documentId(), ACTOR))
                .forEach(change -> assertThatThrownBy(change::run)
                        .isInstanceOfSatisfying(DocumentsLockedException.class, e -> {
                            assertThat(e.status()).isEqualTo(409);
                            assertThat(e.messageKey()).isEqualTo("documents.error.locked");
                        }));
        assertThat(documents.history(owner)).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DocumentStatus.ACTIVE));
        assertThat(documents.content(owner, stored.documentId()).size()).isPositive();
        assertThat(events.stream(DocumentsLockChanged.class)).hasSize(1);

        documents.unlock(owner, ACTOR);

        documents.delete(owner, stored.documentId(), ACTOR);
        assertThat(documents.list(owner)).isEmpty();
        assertThat(documents.isLocked(newOwner())).isFalse();
    }

    @Test
    void lockingAnOwnerWithoutDocumentsWorksToo() {
        DocumentOwner owner = newOwner();

        documents.lock(owner, ACTOR);

        assertThatThrownBy(() -> documents.store(upload(owner, DocumentKind.OTHER, "x.pdf"),
                stream(DocumentSamples.pdf()), TWO_MB)).isInstanceOf(DocumentsLockedException.class);
    }

    @Test
    void anotherOwnerCannotReachTheDocument() {
        DocumentOwner owner = newOwner();
        DocumentOwner stranger = newOwner();
        StoredDocument stored = documents.store(upload(owner, DocumentKind.OTHER, "a.pdf"),
                stream(DocumentSamples.pdf()), TWO_MB);

        List<Runnable> attempts = List.of(
                () -> documents.get(stranger, stored.documentId()),
                () -> documents.content(stranger, stored.documentId()),
                () -> documents.thumbnail(stranger, stored.documentId()),
                () -> documents.delete(stranger, stored.documentId(), ACTOR),
                () -> documents.replace(stored.documentId(), upload(stranger, DocumentKind.OTHER, "b.pdf"),
                        stream(DocumentSamples.pdf()), TWO_MB),
                () -> documents.replace(stored.documentId(), upload(owner, DocumentKind.ID_FRONT, "b.pdf"),
                        stream(DocumentSamples.pdf()), TWO_MB),
                () -> documents.get(owner, new DocumentId(UUID.randomUUID())));
        attempts.forEach(attempt -> assertThatThrownBy(attempt::run)
                .isInstanceOfSatisfying(DocumentNotFoundException.class, e -> assertThat(e.status()).isEqualTo(404)));
        assertThat(documents.list(owner)).containsExactly(stored);
    }

    @Test
    void anUploadRacingWithTheLockCannotSlipIn() throws Exception {
        DocumentOwner owner = newOwner();
        documents.store(upload(owner, DocumentKind.ID_FRONT, "front.png"),
                stream(DocumentSamples.image(DocumentFormat.PNG, 20, 20)), TWO_MB);
        CountDownLatch uploadChecked = new CountDownLatch(1);
        CountDownLatch lockCommitted = new CountDownLatch(1);
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        ExecutorService other = Executors.newSingleThreadExecutor();
        Future<?> upload = other.submit(() -> transaction.executeWithoutResult(tx -> {
            documents.store(upload(owner, DocumentKind.ID_BACK, "back.png"),
                    stream(DocumentSamples.image(DocumentFormat.PNG, 20, 20)), TWO_MB);
            uploadChecked.countDown();
            await(lockCommitted);
        }));
        try {
            await(uploadChecked);
            documents.lock(owner, ACTOR);
        } finally {
            lockCommitted.countDown();
            other.shutdown();
        }

        assertThatThrownBy(upload::get).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(documents.isLocked(owner)).isTrue();
        assertThat(documents.list(owner)).extracting(StoredDocument::kind).containsExactly(DocumentKind.ID_FRONT);
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void drawsAThumbnailForEveryFormat(DocumentFormat format) throws IOException {
        DocumentOwner owner = newOwner();
        StoredDocument stored = documents.store(upload(owner, DocumentKind.OTHER,
                "sample." + format.extensions().get(0)), stream(DocumentSamples.sample(format)), TWO_MB);

        DocumentContent thumbnail = documents.thumbnail(owner, stored.documentId());

        assertThat(thumbnail.contentType()).isEqualTo("image/png");
        var image = ImageIO.read(new ByteArrayInputStream(thumbnail.bytes()));
        assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(320);
    }

    @Test
    void refusesAMalformedOwnerReference() {
        assertThatThrownBy(() -> new DocumentOwner("../etc/passwd"))
                .isInstanceOf(com.certhall.shared.InvalidInputException.class);
        assertThat(DocumentOwner.of("order", "5f0c").reference()).isEqualTo("order:5f0c");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other transaction never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Path blobOf(StoredDocument stored) {
        try (Stream<Path> files = Files.walk(dataDir.resolve("blobs"))) {
            return files.filter(p -> p.getFileName().toString().equals(stored.documentId() + ".blob"))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DocumentOwner newOwner() {
        return DocumentOwner.of("order", UUID.randomUUID());
    }

    private static Upload upload(DocumentOwner owner, DocumentKind kind, String name) {
        return new Upload(owner, kind, name, ACTOR);
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
