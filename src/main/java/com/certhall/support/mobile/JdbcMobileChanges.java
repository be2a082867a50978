package com.certhall.support.mobile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lost-mobile requests in plain SQL; a decision only applies to a request still pending. */
@Repository
class JdbcMobileChanges {

    private final JdbcClient jdbc;

    JdbcMobileChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MobileChangeView r, String clientIp) {
        jdbc.sql("""
                INSERT INTO support_mobile_change (id, account_id, login_name, new_mobile, status, created_at,
                    client_ip, version) VALUES (?, ?, ?, ?, 'PENDING', ?, ?, 0)""")
                .params(r.id(), r.accountId(), r.loginName(), r.newMobile(), at(r.createdAt()), clientIp).update();
    }

    Optional<MobileChangeView> find(UUID id) {
        return jdbc.sql("SELECT * FROM support_mobile_change WHERE id = ?").param(id).query(JdbcMobileChanges::row)
                .optional();
    }

    List<MobileChangeView> recent(int limit) {
        return jdbc.sql("""
                SELECT * FROM support_mobile_change
                ORDER BY CASE WHEN status = 'PENDING' THEN 0 ELSE 1 END, created_at DESC LIMIT ?""")
                .param(limit).query(JdbcMobileChanges::row).list();
    }

    boolean pendingFor(UUID accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM support_mobile_change WHERE account_id = ? AND status = 'PENDING'")
                .param(accountId).query(Long.class).single() > 0;
    }

    long from(String clientIp, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM support_mobile_change WHERE client_ip = ? AND created_at >= ?")
                .params(clientIp, at(since)).query(Long.class).single();
    }

    /** Whether the pending request was decided now (false: somebody decided it first). */
    boolean decide(UUID id, String status, @Nullable String reason, String by, Instant now) {
        return jdbc.sql("""
                UPDATE support_mobile_change SET status = ?, reason = ?, decided_by = ?, decided_at = ?,
                    version = version + 1 WHERE id = ? AND status = 'PENDING'""")
                .params(status, reason, by, at(now), id).update() == 1;
    }

    private static MobileChangeView row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        return new MobileChangeView(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("login_name"), rs.getString("new_mobile"), rs.getString("status"),
                rs.getString("reason"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                decided == null ? null : decided.toInstant(), rs.getString("decided_by"));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
