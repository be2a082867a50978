package com.certhall.audit.persistence;

import com.certhall.audit.AuditKeys;
import com.certhall.audit.domain.AuditHashing;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed checkpoints of the chain head ({@code audit_checkpoint}): the one anchor where the keyed chain begins,
 * then one checkpoint per interval when the head moved. Each is also written to the application log, so a copy
 * lives outside the database.
 */
@Component
class AuditCheckpoints {

    static final String ANCHOR = "ANCHOR";
    static final String CHECKPOINT = "CHECKPOINT";
    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

    record Checkpoint(long seq, String kind, String headHash, Instant signedAt, String keyId, String signature) {

        byte[] signed() {
            return AuditHashing.checkpoint(kind, seq, headHash, signedAt);
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditKeys keys;
    private final Clock clock;

    AuditCheckpoints(JdbcTemplate jdbc, TransactionTemplate tx, AuditKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.keys = keys;
        this.clock = clock;
    }

    List<Checkpoint> all() {
        return jdbc.query("SELECT * FROM audit_checkpoint ORDER BY chain_seq", (rs, i) -> new Checkpoint(
                rs.getLong("chain_seq"), rs.getString("kind"), rs.getString("head_hash"),
                rs.getObject("signed_at", OffsetDateTime.class).toInstant(), rs.getString("key_id"),
                rs.getString("signature")));
    }

    /** The anchor's chain position, or -1 while there is none. Call with the chain head locked. */
    long anchorSeq() {
        List<Long> seq = jdbc.queryForList("SELECT chain_seq FROM audit_checkpoint WHERE kind = ?", Long.class, ANCHOR);
        return seq.isEmpty() ? -1 : seq.get(0);
    }

    /** Signs the head as the anchor of the keyed chain. Call with the chain head locked. */
    void anchor(long seq, String headHash) {
        write(ANCHOR, seq, headHash);
    }

    @Scheduled(fixedDelayString = "${certhall.audit.checkpoint-interval:PT1H}",
            initialDelayString = "${certhall.audit.checkpoint-interval:PT1H}")
    @SchedulerLock(name = "audit-checkpoint")
    void scheduled() {
        checkpoint();
    }

    /** Signs the current head unless it is already signed; the head row's lock keeps nodes from signing twice. */
    void checkpoint() {
        tx.executeWithoutResult(status -> {
            Map<String, Object> head = jdbc.queryForMap(
                    "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
            long seq = ((Number) head.get("last_seq")).longValue();
            Integer signed = jdbc.queryForObject("SELECT COUNT(*) FROM audit_checkpoint WHERE chain_seq >= ?",
                    Integer.class, seq);
            if (anchorSeq() >= 0 && (signed == null || signed == 0)) {
                write(CHECKPOINT, seq, (String) head.get("last_hash"));
            }
        });
    }

    private void write(String kind, long seq, String headHash) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String signature = Base64.getEncoder().encodeToString(
                keys.sign(AuditHashing.checkpoint(kind, seq, headHash, now)));
        jdbc.update("INSERT INTO audit_checkpoint (chain_seq, kind, head_hash, signed_at, key_id, signature) "
                + "VALUES (?, ?, ?, ?, ?, ?)", seq, kind, headHash, OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                keys.keyId(), signature);
        log.info("audit {} seq={} head={} signedAt={} key={} signature={}", kind.toLowerCase(Locale.ROOT),
                seq, headHash, now, keys.keyId(), signature);
    }
}
