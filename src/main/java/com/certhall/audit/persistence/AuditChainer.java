package com.certhall.audit.persistence;

import com.certhall.audit.AuditKeys;
import com.certhall.audit.domain.AuditHashing;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed entries into the keyed chain (HMAC-SHA256, {@link AuditKeys}), oldest id first. The first run
 * after the keyed chain was introduced signs the head as it stands as the anchor ({@link AuditCheckpoints}); the
 * entries before it keep their SHA-256 links. The chain head row is locked for each batch, so chainers on several
 * nodes never interleave; an entry whose transaction rolled back never exists and so never leaves a hole. Runs every
 * second and before every verification.
 */
@Component
class AuditChainer {

    /** Entries linked per transaction, and per UPDATE: 4 parameters each, far below the 65,535 PostgreSQL binds. */
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditKeys keys;
    private final AuditCheckpoints checkpoints;

    AuditChainer(JdbcTemplate jdbc, TransactionTemplate tx, AuditKeys keys, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.keys = keys;
        this.checkpoints = checkpoints;
    }

    @Scheduled(fixedDelayString = "${certhall.audit.chain-interval:PT1S}")
    void scheduled() {
        chainPending();
    }

    /** Chains everything committed so far; returns how many entries were linked. */
    int chainPending() {
        int total = 0;
        int linked;
        do {
            Integer batch = tx.execute(status -> chainBatch());
            linked = batch == null ? 0 : batch;
            total += linked;
        } while (linked == BATCH);
        return total;
    }

    private int chainBatch() {
        Map<String, Object> head = jdbc.queryForMap(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
        long seq = ((Number) head.get("last_seq")).longValue();
        String prevHash = (String) head.get("last_hash");
        if (checkpoints.anchorSeq() < 0) {
            checkpoints.anchor(seq, prevHash);
        }
        List<Pending> pending = jdbc.query(
                "SELECT id, occurred_at, action, actor, subject, details FROM audit_entry WHERE chain_seq IS NULL "
                        + "ORDER BY id LIMIT " + BATCH,
                (rs, i) -> new Pending(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("action"), rs.getString("actor"), rs.getString("subject"),
                        rs.getString("details")));
        List<Link> links = new ArrayList<>(pending.size());
        for (Pending entry : pending) {
            seq++;
            String hash = AuditHashing.mac(keys, seq, entry.id(), entry.at().toInstant(), entry.action(), entry.actor(),
                    entry.subject(), entry.details(), prevHash);
            links.add(new Link(entry.id(), seq, prevHash, hash));
            prevHash = hash;
        }
        if (!pending.isEmpty()) {
            link(links);
            jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, prevHash);
        }
        return pending.size();
    }

    /**
     * Writes a batch's links with one UPDATE joined to their values (PostgreSQL, and H2 in PostgreSQL mode): the
     * database plans and runs one statement for the batch instead of one per entry (a JDBC batch of single-row
     * UPDATEs cost PostgreSQL about half as much CPU as the certificate rows being audited; docs/benchmarks.md).
     */
    private void link(List<Link> links) {
        String values = String.join(", ", Collections.nCopies(links.size(), "(?, ?, ?, ?)"));
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("UPDATE audit_entry SET chain_seq = v.seq, "
                    + "prev_hash = v.prev_hash, hash = v.hash FROM (VALUES " + values
                    + ") AS v(id, seq, prev_hash, hash) WHERE audit_entry.id = v.id");
            int at = 0;
            for (Link link : links) {
                ps.setLong(++at, link.id());
                ps.setLong(++at, link.seq());
                ps.setString(++at, link.prevHash());
                ps.setString(++at, link.hash());
            }
            return ps;
        });
    }

    /** An entry's place in the chain: its position, the link before it and its own. */
    private record Link(long id, long seq, String prevHash, String hash) {
    }

    private record Pending(long id, OffsetDateTime at, String action, String actor, String subject, String details) {
    }
}
