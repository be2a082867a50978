package com.certhall.audit.persistence;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.audit.domain.AuditMasking;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes entries, masked, in the caller's transaction ({@link #record}) or in one of their own
 * ({@link #recordNow}), or as one batch ({@link #recordInBatch}). Writing takes no global lock; {@link AuditChainer}
 * links committed entries into the chain.
 */
@Component
class JdbcAuditTrail implements AuditTrail {

    private static final String INSERT_INTO = "INSERT INTO audit_entry (id, occurred_at, action, actor, subject, "
            + "details) VALUES ";
    private static final String ROW = "(nextval('audit_entry_id_seq'), ?, ?, ?, ?, ?)";
    private static final String INSERT = INSERT_INTO + ROW;
    /** Entries per INSERT of a batch: 5 parameters each, far below what a PostgreSQL statement may bind. */
    static final int ROWS_PER_INSERT = 100;

    private final JdbcTemplate jdbc;
    private final DetailsCodec codec;
    private final Clock clock;
    /** The entries of the batch open on this thread ({@link #recordInBatch}), or null. */
    private final ThreadLocal<List<Object[]>> batch = new ThreadLocal<>();

    JdbcAuditTrail(JdbcTemplate jdbc, DetailsCodec codec, Clock clock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditRecord record) {
        List<Object[]> open = batch.get();
        if (open != null) {
            open.add(row(record));
        } else {
            insert(record);
        }
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordNow(AuditRecord record) {
        insert(record);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public <T> T recordInBatch(Supplier<T> work) {
        if (batch.get() != null) {
            return work.get();
        }
        List<Object[]> rows = new ArrayList<>();
        batch.set(rows);
        T result;
        try {
            result = work.get();
        } finally {
            batch.remove();
        }
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            insertRows(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)));
        }
        return result;
    }

    /**
     * One multi-row INSERT: the database plans and runs one statement for the batch's entries instead of one per
     * entry (docs/pki.md "Issuance in batches").
     */
    private void insertRows(List<Object[]> rows) {
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(INSERT_INTO
                    + String.join(", ", Collections.nCopies(rows.size(), ROW)));
            int at = 0;
            for (Object[] row : rows) {
                ps.setObject(++at, row[0]);
                for (int i = 1; i < row.length; i++) {
                    ps.setString(++at, (String) row[i]);
                }
            }
            return ps;
        });
    }

    private void insert(AuditRecord record) {
        jdbc.update(INSERT, row(record));
    }

    private Object[] row(AuditRecord record) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return new Object[] {OffsetDateTime.ofInstant(now, ZoneOffset.UTC), truncate(record.action(), 100),
                truncate(AuditMasking.mask(record.actor()), 200), truncate(AuditMasking.mask(record.subject()), 300),
                codec.encode(AuditMasking.mask(record.details()))};
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
