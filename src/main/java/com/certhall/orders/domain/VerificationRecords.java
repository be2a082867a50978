package com.certhall.orders.domain;

import com.certhall.orders.OrderEvents.VerificationRecorded;
import com.certhall.orders.OrderId;
import com.certhall.orders.VerificationRecord;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity checks of each order, reported by the verification module and read by review. Recording is
 * idempotent by verification id: a repeated report of the same case changes nothing. Each new record publishes
 * {@link VerificationRecorded} (review re-runs its checks on an order still waiting).
 */
@Service
public class VerificationRecords {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final OrderChanges changes;

    VerificationRecords(JdbcClient jdbc, ApplicationEventPublisher events, OrderChanges changes) {
        this.jdbc = jdbc;
        this.events = events;
        this.changes = changes;
    }

    /** Records how a verification case ended; returns false when that case was already recorded. */
    @Transactional
    public boolean record(OrderId order, UUID verificationId, String party, String method,
            VerificationRecord.Outcome outcome, @Nullable String note, Instant at) {
        if (exists(verificationId)) {
            return false;
        }
        try {
            jdbc.sql("""
                    INSERT INTO applications_verification
                        (verification_id, application_id, party, method, status, note, decided_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(verificationId, order.id(), party, method, outcome.name(), note,
                            OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .update();
            changes.changed(); // a JDBC write: no entity listener sees it
            events.publishEvent(new VerificationRecorded(order, verificationId, outcome));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The order's recorded checks, oldest first. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<VerificationRecord> of(OrderId order) {
        return jdbc.sql("""
                SELECT verification_id, party, method, status, note, decided_at
                FROM applications_verification WHERE application_id = ? ORDER BY decided_at, verification_id""")
                .param(order.id())
                .query((rs, n) -> new VerificationRecord(rs.getObject("verification_id", UUID.class), order,
                        rs.getString("party"), rs.getString("method"),
                        VerificationRecord.Outcome.valueOf(rs.getString("status")), rs.getString("note"),
                        instant(rs.getTimestamp("decided_at"))))
                .list();
    }

    private boolean exists(UUID verificationId) {
        return jdbc.sql("SELECT COUNT(*) FROM applications_verification WHERE verification_id = ?")
                .param(verificationId).query(Long.class).single() > 0;
    }

    private static Instant instant(Timestamp t) {
        return t.toInstant();
    }
}
