package com.certhall.recognition.persistence;

import com.certhall.documents.DocumentId;
import com.certhall.recognition.IdCardBack;
import com.certhall.recognition.IdCardFront;
import com.certhall.recognition.LicenceReading;
import com.certhall.recognition.ScanKind;
import com.certhall.recognition.ScanReading;
import com.certhall.recognition.Unreadable;
import com.certhall.shared.DataProtection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Readings of stored scans, one per document version, sealed (AES-GCM, {@link DataProtection}) because they hold
 * names and ID numbers. A reading is only given back for the same content (its SHA-256), so a scan that is replaced
 * is read again. Readings made without an engine or when the engine failed are not kept: they say nothing about
 * the scan.
 */
@Repository
public class StoredReadings {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final JdbcTemplate jdbc;
    private final DataProtection protection;
    private final Clock clock;

    StoredReadings(JdbcTemplate jdbc, DataProtection protection, Clock clock) {
        this.jdbc = jdbc;
        this.protection = protection;
        this.clock = clock;
    }

    public Optional<ScanReading> find(DocumentId document, String sha256, ScanKind kind) {
        return jdbc.query("SELECT kind, readable, sealed_reading FROM recognition_readings WHERE document_id = ? "
                        + "AND sha256 = ? AND kind = ?", (rs, row) -> open(ScanKind.valueOf(rs.getString(1)),
                        rs.getBoolean(2), rs.getString(3)), document.id(), sha256, kind.name())
                .stream().findFirst();
    }

    public void keep(DocumentId document, String sha256, ScanReading reading) {
        if (reading instanceof Unreadable u && ("off".equals(u.why()) || "engine".equals(u.why()))) {
            return;
        }
        String sealed;
        try {
            sealed = protection.encrypt(JSON.writeValueAsString(reading));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reading is plain data", e);
        }
        jdbc.update("DELETE FROM recognition_readings WHERE document_id = ?", document.id());
        try {
            jdbc.update("INSERT INTO recognition_readings (document_id, sha256, kind, readable, sealed_reading, "
                    + "read_at) VALUES (?, ?, ?, ?, ?, ?)", document.id(), sha256, reading.kind().name(),
                    reading.readable(), sealed, Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            // two reviews read the same scan at once: both readings are the same, the first one stays
        }
    }

    public void forget(DocumentId document) {
        jdbc.update("DELETE FROM recognition_readings WHERE document_id = ?", document.id());
    }

    private ScanReading open(ScanKind kind, boolean readable, String sealed) {
        Class<? extends ScanReading> type = !readable ? Unreadable.class : switch (kind) {
            case ID_CARD_FRONT -> IdCardFront.class;
            case ID_CARD_BACK -> IdCardBack.class;
            case BUSINESS_LICENCE -> LicenceReading.class;
        };
        try {
            return JSON.readValue(protection.decrypt(sealed), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored reading of " + kind + " cannot be read back", e);
        }
    }
}
