package com.certhall.audit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.audit.AuditLog;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.support.IntegrationTest;
import com.certhall.support.QueryCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chainer links a batch of committed entries with a few statements, however many entries the batch has; a
 * sequence number is linked once.
 */
@IntegrationTest
class AuditChainerTests {

    @Autowired
    AuditChainer chainer;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLog log;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBatchOfEntriesIsLinkedByOneUpdateAndTheChainStaysIntact() {
        chainer.chainPending();
        String subject = "chainer-" + System.nanoTime();
        trail.recordInBatch(() -> {
            for (int i = 0; i < 120; i++) {
                trail.record(AuditRecord.of("test.chainer", "system", subject).with("n", i));
            }
            return 120;
        });

        QueryCounter.Counted<Integer> counted = QueryCounter.count(chainer::chainPending);

        assertThat(counted.result()).as("entries linked").isGreaterThanOrEqualTo(120);
        assertThat(counted.executions()).as("the head locked, the anchor and the pending entries read, the links "
                + "written, the head moved: not one statement per entry").isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE subject = ? AND chain_seq IS NULL",
                Integer.class, subject)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT chain_seq) FROM audit_entry WHERE subject = ?",
                Integer.class, subject)).isEqualTo(120);
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void aSequenceNumberOfTheChainBelongsToOneEntryOnly() {
        trail.recordNow(AuditRecord.of("test.chainer", "system", "chainer-unique-" + System.nanoTime()));
        chainer.chainPending();
        Long last = jdbc.queryForObject("SELECT MAX(chain_seq) FROM audit_entry", Long.class);

        assertThat(last).isNotNull();
        assertThatThrownBy(() -> jdbc.update("INSERT INTO audit_entry (id, chain_seq, "
                + "occurred_at, action, actor, subject, details) VALUES (nextval('audit_entry_id_seq'), ?, "
                + "CURRENT_TIMESTAMP, 'test.chainer', 'system', 'copy', '{}')", last))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(log.verify().intact()).isTrue();
    }
}
