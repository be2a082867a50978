package com.certhall.audit.persistence;

import com.certhall.audit.AuditEntryView;
import com.certhall.audit.AuditLog;
import com.certhall.audit.ChainVerification;
import com.certhall.audit.AuditKeys;
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

/** Reads the log and verifies the chain ({@link ChainWalk}) by streaming every chained entry once, in chain order. */
@Component
class JdbcAuditLog implements AuditLog {

    private final JdbcTemplate jdbc;
    private final DetailsCodec codec;
    private final AuditChainer chainer;
    private final AuditCheckpoints checkpoints;
    private final AuditKeys keys;

    JdbcAuditLog(JdbcTemplate jdbc, DetailsCodec codec, AuditChainer chainer, AuditCheckpoints checkpoints,
            AuditKeys keys) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.chainer = chainer;
        this.checkpoints = checkpoints;
        this.keys = keys;
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
        ChainWalk walk = new ChainWalk(keys, checkpoints.all());
        if (walk.checkpointsValid()) {
            JdbcTemplate streaming = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
            streaming.setFetchSize(500);
            streaming.query("SELECT * FROM audit_entry WHERE chain_seq IS NOT NULL ORDER BY chain_seq", rs -> {
                if (!walk.done()) {
                    walk.check(ChainWalk.Row.of(rs));
                }
            });
        }
        Long headSeq = jdbc.queryForObject("SELECT last_seq FROM audit_chain_head WHERE id = 1", Long.class);
        return walk.result(headSeq == null ? 0 : headSeq);
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void checkpoint() {
        chainer.chainPending();
        checkpoints.checkpoint();
    }

    private AuditEntryView view(ResultSet rs) throws SQLException {
        long seq = rs.getLong("chain_seq");
        Long chainSeq = rs.wasNull() ? null : seq;
        return new AuditEntryView(rs.getLong("id"), chainSeq,
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("action"),
                rs.getString("actor"), rs.getString("subject"), codec.decode(rs.getString("details")),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
