package com.certhall.audit.persistence;

import com.certhall.audit.AuditEntryView;
import com.certhall.audit.AuditLog;
import com.certhall.audit.ChainVerification;
import com.certhall.audit.domain.AuditHashing;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads the log and verifies the chain by streaming every chained entry once, in chain order. */
@Component
class JdbcAuditLog implements AuditLog {

    private final JdbcTemplate jdbc;
    private final DetailsCodec codec;
    private final AuditChainer chainer;

    JdbcAuditLog(JdbcTemplate jdbc, DetailsCodec codec, AuditChainer chainer) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.chainer = chainer;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntryView> recent(String action, String actor, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_entry WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (action != null && !action.isBlank()) {
            sql.append(" AND action LIKE ?");
            args.add(action.trim() + "%");
        }
        if (actor != null && !actor.isBlank()) {
            sql.append(" AND actor LIKE ?");
            args.add(actor.trim() + "%");
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(Math.max(1, Math.min(limit, 500)));
        return jdbc.query(sql.toString(), (rs, i) -> view(rs), args.toArray());
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ChainVerification verify() {
        chainer.chainPending();
        Walk walk = new Walk();
        JdbcTemplate streaming = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
        streaming.setFetchSize(500);
        streaming.query("SELECT * FROM audit_entry WHERE chain_seq IS NOT NULL ORDER BY chain_seq", rs -> {
            if (walk.broken == null) {
                walk.check(rs);
            }
        });
        if (walk.broken != null) {
            return walk.broken;
        }
        Long headSeq = jdbc.queryForObject("SELECT last_seq FROM audit_chain_head WHERE id = 1", Long.class);
        if (headSeq != null && headSeq != walk.lastSeq) {
            return ChainVerification.broken(walk.checked, walk.lastSeq + 1, "missing-entries");
        }
        return ChainVerification.intact(walk.checked);
    }

    private AuditEntryView view(ResultSet rs) throws SQLException {
        long seq = rs.getLong("chain_seq");
        Long chainSeq = rs.wasNull() ? null : seq;
        return new AuditEntryView(rs.getLong("id"), chainSeq,
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("action"),
                rs.getString("actor"), rs.getString("subject"), codec.decode(rs.getString("details")),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    /** State of one pass over the chain. */
    private static final class Walk {

        long checked;
        long lastSeq;
        String lastHash = AuditHashing.GENESIS;
        ChainVerification broken;

        void check(ResultSet rs) throws SQLException {
            long seq = rs.getLong("chain_seq");
            checked++;
            if (seq != lastSeq + 1) {
                broken = ChainVerification.broken(checked, lastSeq + 1, "gap");
                return;
            }
            String prevHash = rs.getString("prev_hash");
            if (!lastHash.equals(prevHash)) {
                broken = ChainVerification.broken(checked, seq, "link-broken");
                return;
            }
            String expected = AuditHashing.hash(seq, rs.getLong("id"),
                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("action"),
                    rs.getString("actor"), rs.getString("subject"), rs.getString("details"), prevHash);
            if (!expected.equals(rs.getString("hash"))) {
                broken = ChainVerification.broken(checked, seq, "hash-mismatch");
                return;
            }
            lastSeq = seq;
            lastHash = rs.getString("hash");
        }
    }
}
