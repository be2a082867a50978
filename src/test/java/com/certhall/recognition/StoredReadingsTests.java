package com.certhall.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.documents.DocumentDeleted;
import com.certhall.documents.DocumentId;
import com.certhall.documents.DocumentKind;
import com.certhall.documents.DocumentOwner;
import com.certhall.documents.DocumentStatus;
import com.certhall.documents.StoredDocument;
import com.certhall.recognition.domain.RecognitionService;
import com.certhall.recognition.persistence.StoredReadings;
import com.certhall.support.IntegrationTest;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A stored scan is read once: its reading is kept sealed and given back without OCR, read again only when the
 * content changes, and forgotten with the scan. The engine here is a counting one, so these tests need no
 * Tesseract; the reading itself is parsed by the real {@code IdCardText}.
 */
@IntegrationTest
class StoredReadingsTests {

    static final String NUMBER = ScanSamples.idNumber("110108", LocalDate.of(1990, 3, 7), 7);
    static final String TEXT = "姓名 林晓雨\n性别 女 民族 汉\n出生 1990年3月7日\n住址 北京市海淀区中关村南大街27号\n"
            + "公民身份号码 " + NUMBER + "\n";
    static final byte[] PHOTO = ScanSamples.idFront(new ScanSamples.Person("林晓雨", "女", "汉", LocalDate.of(1990, 3, 7),
            "北京市海淀区中关村南大街", "27号", NUMBER), ScanSamples.Shot.mild(11));

    @Autowired
    StoredReadings readings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    final AtomicInteger engineCalls = new AtomicInteger();

    RecognitionService recognition() {
        OcrEngine counting = new OcrEngine() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public String text(BufferedImage prepared) {
                engineCalls.incrementAndGet();
                return TEXT;
            }
        };
        return new RecognitionService(List.of(counting), readings);
    }

    static StoredDocument scan(DocumentId id, String sha256) {
        return new StoredDocument(id, DocumentOwner.of("order", UUID.randomUUID()), DocumentKind.ID_FRONT, PHOTO.length,
                "image/jpeg", sha256, "front.jpg", Instant.parse("2026-12-05T08:00:00Z"), DocumentStatus.ACTIVE,
                Optional.empty());
    }

    @Test
    void aScanIsReadOnceAndItsReadingIsKeptSealed() {
        RecognitionService recognition = recognition();
        StoredDocument front = scan(new DocumentId(UUID.randomUUID()), "a".repeat(64));
        ScanReading first = recognition.readStored(front, ScanKind.ID_CARD_FRONT, () -> PHOTO);
        assertThat(first).isInstanceOf(IdCardFront.class).extracting("idNumber").isEqualTo(NUMBER);
        ScanReading again = recognition.readStored(front, ScanKind.ID_CARD_FRONT, () -> {
            throw new AssertionError("a kept reading needs no content");
        });
        assertThat(again).isEqualTo(first);
        assertThat(engineCalls).hasValue(1);
        String stored = jdbc.queryForObject("SELECT sealed_reading FROM recognition_readings WHERE document_id = ?",
                String.class, front.documentId().id());
        assertThat(stored).startsWith("v1:").doesNotContain(NUMBER).doesNotContain("林晓雨");
        assertThat(first.toString()).doesNotContain(NUMBER);
    }

    @Test
    void anotherContentIsReadAgainAndADeletedScanIsForgotten() {
        RecognitionService recognition = recognition();
        DocumentId id = new DocumentId(UUID.randomUUID());
        recognition.readStored(scan(id, "b".repeat(64)), ScanKind.ID_CARD_FRONT, () -> PHOTO);
        recognition.readStored(scan(id, "c".repeat(64)), ScanKind.ID_CARD_FRONT, () -> PHOTO);
        assertThat(engineCalls).hasValue(2);
        StoredDocument kept = scan(id, "c".repeat(64));
        tx.executeWithoutResult(status -> events.publishEvent(new DocumentDeleted(id, kept.owner(),
                DocumentKind.ID_FRONT, "test", Instant.parse("2026-12-05T09:00:00Z"))));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recognition_readings WHERE document_id = ?",
                Integer.class, id.id())).isZero();
        recognition.readStored(kept, ScanKind.ID_CARD_FRONT, () -> PHOTO);
        assertThat(engineCalls).hasValue(3);
    }

    @Test
    void aReadingMadeWithoutAWorkingEngineIsNotKept() {
        RecognitionService off = new RecognitionService(List.of(), readings);
        DocumentId id = new DocumentId(UUID.randomUUID());
        assertThat(off.readStored(scan(id, "d".repeat(64)), ScanKind.ID_CARD_FRONT, () -> PHOTO))
                .isEqualTo(new Unreadable(ScanKind.ID_CARD_FRONT, "off"));
        assertThat(readings.find(id, "d".repeat(64), ScanKind.ID_CARD_FRONT)).isEmpty();
    }
}
