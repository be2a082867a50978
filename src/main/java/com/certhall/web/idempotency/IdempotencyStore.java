package com.certhall.web.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Remembered unsafe requests and their first answers, kept for a day. */
@Component
class IdempotencyStore {

    record Entry(String requestHash, boolean done, int status, String contentType, byte[] body) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims the key for this request; false when someone already holds it. */
    boolean claim(String scopeKey, String requestHash) {
        try {
            jdbc.update("INSERT INTO web_idempotency (scope_key, request_hash, done, created_at) VALUES (?, ?, FALSE, ?)",
                    scopeKey, requestHash, now());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    Optional<Entry> find(String scopeKey) {
        List<Entry> rows = jdbc.query("SELECT * FROM web_idempotency WHERE scope_key = ?", (rs, i) -> new Entry(
                rs.getString("request_hash"), rs.getBoolean("done"), rs.getInt("response_status"),
                rs.getString("content_type"),
                rs.getString("response_body") == null ? new byte[0] : Base64.getDecoder().decode(rs.getString("response_body"))),
                scopeKey);
        return rows.stream().findFirst();
    }

    void complete(String scopeKey, int status, String contentType, byte[] body) {
        jdbc.update("UPDATE web_idempotency SET done = TRUE, response_status = ?, content_type = ?, response_body = ? "
                + "WHERE scope_key = ?", status, contentType, Base64.getEncoder().encodeToString(body), scopeKey);
    }

    void release(String scopeKey) {
        jdbc.update("DELETE FROM web_idempotency WHERE scope_key = ?", scopeKey);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "idempotency-expiry")
    void expire() {
        jdbc.update("DELETE FROM web_idempotency WHERE created_at < ?",
                OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofDays(1)), ZoneOffset.UTC));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
