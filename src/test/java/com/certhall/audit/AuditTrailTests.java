package com.certhall.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.audit.domain.AuditHashing;
import com.certhall.support.IntegrationTest;
import com.certhall.support.QueryCounter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailTests {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLog log;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MockMvc mvc;
    @Autowired
    AuditKeys keys;

    @Test
    void entriesRecordedInABatchGoInOneStatementAndNotAtAllWhenTheWorkFails() {
        String subject = "batch-" + System.nanoTime();
        int statements = QueryCounter.count(() -> trail.recordInBatch(() -> {
            for (int i = 0; i < 3; i++) {
                trail.record(AuditRecord.of("test.batch", "system", subject).with("n", i));
            }
            return 3;
        })).statements();
        assertThat(statements).isEqualTo(1);
        assertThat(log.recent("test.batch", "", 50)).filteredOn(e -> e.subject().equals(subject))
                .extracting(e -> e.details().get("n")).containsExactlyInAnyOrder("0", "1", "2");

        assertThatThrownBy(() -> trail.recordInBatch(() -> {
            trail.record(AuditRecord.of("test.batch", "system", subject + "-failed"));
            throw new IllegalStateException("the work failed");
        })).hasMessage("the work failed");
        assertThat(log.recent("test.batch", "", 50)).noneMatch(e -> e.subject().equals(subject + "-failed"));
    }

    @Test
    void chainedEntriesVerifyAndTamperingIsPinpointed() {
        log.verify();
        long first = lastSeq() + 1;
        for (int i = 0; i < 5; i++) {
            trail.record(AuditRecord.of("test.chain", "staff:auditor", "entry-" + i).with("n", i));
        }
        assertThat(log.verify().intact()).isTrue();
        assertThat(lastSeq()).isEqualTo(first + 4);

        jdbc.update("UPDATE audit_entry SET subject = 'forged' WHERE chain_seq = ?", first + 2);

        ChainVerification result = log.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(first + 2);
        assertThat(result.reason()).isEqualTo("hash-mismatch");
        // put it back so other tests in this context see an intact chain
        jdbc.update("UPDATE audit_entry SET subject = 'entry-2' WHERE chain_seq = ?", first + 2);
        assertThat(log.verify().intact()).isTrue();
    }

    /** A database administrator's forgery (issue 11 item 11): edit a row, recompute SHA-256 links to the head. */
    @Test
    void editingAnEntryAndRecomputingSha256FromThereOnIsDetected() {
        log.verify();
        long first = lastSeq() + 1;
        for (int i = 0; i < 5; i++) {
            trail.record(AuditRecord.of("test.forgery", "staff:auditor", "entry-" + i).with("n", i));
        }
        assertThat(log.verify().intact()).isTrue();
        List<Map<String, Object>> saved = jdbc.queryForList(
                "SELECT chain_seq, subject, prev_hash, hash FROM audit_entry WHERE chain_seq >= ? ORDER BY chain_seq",
                first + 1);
        String savedHead = jdbc.queryForObject("SELECT last_hash FROM audit_chain_head WHERE id = 1", String.class);
        try {
            jdbc.update("UPDATE audit_entry SET subject = 'forged' WHERE chain_seq = ?", first + 1);
            String head = recomputeSha256From(first + 1);
            assertThat(head).isNotEqualTo(savedHead);

            ChainVerification result = log.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(first + 1);
            assertThat(result.reason()).isEqualTo("hash-mismatch");
            assertThat(result.brokenEntryId()).isEqualTo(idAt(first + 1));
            assertThat(result.detail()).contains("HMAC-SHA256");
        } finally {
            for (Map<String, Object> row : saved) {
                jdbc.update("UPDATE audit_entry SET subject = ?, prev_hash = ?, hash = ? WHERE chain_seq = ?",
                        row.get("subject"), row.get("prev_hash"), row.get("hash"), row.get("chain_seq"));
            }
            jdbc.update("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1", savedHead);
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void deletingEntriesAfterASignedCheckpointIsDetected() {
        trail.record(AuditRecord.of("test.truncate", "system", "a"));
        trail.record(AuditRecord.of("test.truncate", "system", "b"));
        log.verify();
        log.checkpoint();
        long last = lastSeq();
        assertThat(jdbc.queryForObject("SELECT kind FROM audit_checkpoint WHERE chain_seq = ?", String.class, last))
                .isEqualTo("CHECKPOINT");
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_entry WHERE chain_seq = ?", last);
        String head = jdbc.queryForObject("SELECT last_hash FROM audit_chain_head WHERE id = 1", String.class);
        jdbc.update("DELETE FROM audit_entry WHERE chain_seq = ?", last);
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", last - 1, row.get("prev_hash"));
        try {
            ChainVerification result = log.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.reason()).isEqualTo("truncated");
            assertThat(result.firstBrokenSeq()).isEqualTo(last);
        } finally {
            jdbc.update("INSERT INTO audit_entry (id, chain_seq, occurred_at, action, actor, subject, details, prev_hash, hash) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("id"), row.get("chain_seq"), row.get("occurred_at"),
                    row.get("action"), row.get("actor"), row.get("subject"), row.get("details"), row.get("prev_hash"),
                    row.get("hash"));
            jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", last, head);
        }
        ChainVerification restored = log.verify();
        assertThat(restored.intact()).isTrue();
        assertThat(restored.checkpointsChecked()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aForgedCheckpointSignatureIsDetected() {
        trail.record(AuditRecord.of("test.checkpoint", "system", "a"));
        log.verify();
        log.checkpoint();
        long last = lastSeq();
        String signature = jdbc.queryForObject("SELECT signature FROM audit_checkpoint WHERE chain_seq = ?",
                String.class, last);
        String forged = (signature.charAt(10) == 'A' ? "B" : "A");
        jdbc.update("UPDATE audit_checkpoint SET signature = ? WHERE chain_seq = ?",
                signature.substring(0, 10) + forged + signature.substring(11), last);
        try {
            ChainVerification result = log.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.reason()).isEqualTo("checkpoint-signature");
            assertThat(result.firstBrokenSeq()).isEqualTo(last);
        } finally {
            jdbc.update("UPDATE audit_checkpoint SET signature = ? WHERE chain_seq = ?", signature, last);
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void theKeyedChainStartsAtASignedAnchorAndTheKeysAreNotInTheDatabase() {
        log.verify();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_checkpoint WHERE kind = 'ANCHOR'", Integer.class))
                .isEqualTo(1);
        long seq = lastSeq();
        String stored = jdbc.queryForObject("SELECT hash FROM audit_entry WHERE chain_seq = ?", String.class, seq);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_entry WHERE chain_seq = ?", seq);
        String sha256 = AuditHashing.legacyHash(seq, ((Number) row.get("id")).longValue(), occurredAt(row),
                (String) row.get("action"), (String) row.get("actor"), (String) row.get("subject"),
                (String) row.get("details"), (String) row.get("prev_hash"));
        assertThat(stored).as("keyed, not a plain SHA-256").isNotEqualTo(sha256)
                .isEqualTo(AuditHashing.mac(keys, seq, ((Number) row.get("id")).longValue(), occurredAt(row),
                        (String) row.get("action"), (String) row.get("actor"), (String) row.get("subject"),
                        (String) row.get("details"), (String) row.get("prev_hash")));
    }

    private String recomputeSha256From(long seq) {
        String prev = jdbc.queryForObject("SELECT hash FROM audit_entry WHERE chain_seq = ?", String.class, seq - 1);
        for (Map<String, Object> row : jdbc.queryForList(
                "SELECT * FROM audit_entry WHERE chain_seq >= ? ORDER BY chain_seq", seq)) {
            long at = ((Number) row.get("chain_seq")).longValue();
            String hash = AuditHashing.legacyHash(at, ((Number) row.get("id")).longValue(), occurredAt(row),
                    (String) row.get("action"), (String) row.get("actor"), (String) row.get("subject"),
                    (String) row.get("details"), prev);
            jdbc.update("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE chain_seq = ?", prev, hash, at);
            prev = hash;
        }
        jdbc.update("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1", prev);
        return prev;
    }

    private static Instant occurredAt(Map<String, Object> row) {
        Object at = row.get("occurred_at");
        if (at instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) at).toInstant();
    }

    private long idAt(long seq) {
        Long id = jdbc.queryForObject("SELECT id FROM audit_entry WHERE chain_seq = ?", Long.class, seq);
        return id == null ? -1 : id;
    }

    @Test
    void deletedEntryBreaksTheChainAtTheGap() {
        trail.record(AuditRecord.of("test.gap", "system", "a"));
        trail.record(AuditRecord.of("test.gap", "system", "b"));
        log.verify();
        long last = lastSeq();
        List<java.util.Map<String, Object>> saved = jdbc.queryForList("SELECT * FROM audit_entry WHERE chain_seq = ?", last - 1);
        jdbc.update("DELETE FROM audit_entry WHERE chain_seq = ?", last - 1);
        try {
            ChainVerification result = log.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(last - 1);
        } finally {
            java.util.Map<String, Object> row = saved.get(0);
            jdbc.update("INSERT INTO audit_entry (id, chain_seq, occurred_at, action, actor, subject, details, prev_hash, hash) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("id"), row.get("chain_seq"), row.get("occurred_at"), row.get("action"),
                    row.get("actor"), row.get("subject"), row.get("details"), row.get("prev_hash"), row.get("hash"));
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void recordInsideABusinessTransactionDoesNotBlockRecordNow() {
        // a business transaction that audits and then refuses must not wait on itself
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            trail.record(AuditRecord.of("test.outer", "system", "x"));
            trail.recordNow(AuditRecord.of("test.inner", "system", "x"));
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class).hasMessage("refused");
    }

    @Test
    void recordNowSurvivesRollbackWhileRecordDoesNot() {
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            trail.record(AuditRecord.of("test.rolledBack", "system", "x"));
            trail.recordNow(AuditRecord.of("test.refusal", "system", "x"));
            throw new IllegalStateException("business failure");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(log.recent("test.refusal", null, 10)).hasSize(1);
        assertThat(log.recent("test.rolledBack", null, 10)).isEmpty();
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void identifiersAreMaskedBeforeWriting() {
        trail.record(new AuditRecord("test.mask", "applicant:13812345678", "id 11010519491231002X",
                java.util.Map.of("card", "6222021234567890128", "mobile", "call 13900001111 now")));
        AuditEntryView entry = log.recent("test.mask", null, 1).get(0);
        assertThat(entry.actor()).isEqualTo("applicant:138****5678");
        assertThat(entry.subject()).isEqualTo("id 110105********002X");
        assertThat(entry.details()).containsEntry("card", "622202*********0128")
                .containsEntry("mobile", "call 139****1111 now");
    }

    @Test
    void orderNumbersAndUuidsAreNotMistakenForIdentifiers() {
        trail.record(AuditRecord.of("test.nomask", "applicant:8f2cbc58-b19a-4b68-af09-c15faf04de18",
                "order:CH2026112176931005"));
        AuditEntryView entry = log.recent("test.nomask", null, 1).get(0);
        assertThat(entry.subject()).isEqualTo("order:CH2026112176931005");
        assertThat(entry.actor()).isEqualTo("applicant:8f2cbc58-b19a-4b68-af09-c15faf04de18");
    }

    @Test
    void auditableEventsAreAppendedWithTheirTransaction() {
        tx.executeWithoutResult(status -> events.publishEvent(new TestEvent("ok")));
        assertThat(log.recent("test.event", null, 10)).extracting(AuditEntryView::subject).contains("ok");
    }

    @Test
    void concurrentAppendsStayChained() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    trail.recordNow(AuditRecord.of("test.concurrent", "thread-" + thread, "n" + i));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(log.recent("test.concurrent", null, 500)).hasSize(100);
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void apiIsForAuditorsOnly() throws Exception {
        mvc.perform(get("/api/v1/admin/audit")).andExpect(status().isUnauthorized());
    }

    @Test
    @WithMockUser(roles = "APPLICANT")
    void apiRefusesApplicants() throws Exception {
        mvc.perform(get("/api/v1/admin/audit")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = {"STAFF", "AUDITOR"})
    void apiVerifiesTheChainForAuditors() throws Exception {
        trail.record(AuditRecord.of("test.api", "system", "api"));
        mvc.perform(get("/api/v1/admin/audit").param("verify", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verification.intact").value(true))
                .andExpect(jsonPath("$.entries[0].action").exists());
    }

    @Test
    @WithMockUser(roles = {"STAFF", "AUDITOR"})
    void auditorPageShowsVerification() throws Exception {
        trail.record(AuditRecord.of("test.page", "system", "page"));
        mvc.perform(get("/admin/audit").param("verify", "true"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("哈希链完整")));
    }

    private long lastSeq() {
        Long seq = jdbc.queryForObject("SELECT last_seq FROM audit_chain_head WHERE id = 1", Long.class);
        return seq == null ? 0 : seq;
    }

    record TestEvent(String name) implements Auditable {
        @Override
        public AuditRecord toAuditRecord() {
            return AuditRecord.of("test.event", "system", name);
        }
    }
}
