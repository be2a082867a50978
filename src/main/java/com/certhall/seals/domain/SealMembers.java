package com.certhall.seals.domain;

import com.certhall.orders.Subject;
import com.certhall.seals.SealMember;
import com.certhall.shared.Masking;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code seals_member}, {@code seals_grant} and {@code seals_transfer}; rows are ended, never deleted. */
@Repository
public class SealMembers {

    /** A live member row with its full mobile (for SMS and for matching the signed-in account). */
    record Row(UUID id, String uscc, String role, String name, String idMasked, String mobile, Instant addedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SealMembers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The handler of the certificate becomes the first administrator, unless the organisation has one. */
    void ensureFirstAdministrator(String uscc, Subject.Party handler, String actor) {
        jdbc.sql("SELECT uscc FROM seals_seal WHERE uscc = :u FOR UPDATE").param("u", uscc).query(String.class)
                .list();
        if (administrator(uscc).isEmpty()) {
            insert(uscc, "ADMIN", handler.name(), Masking.mask(handler.idNumber(), 6, 4), handler.mobile(), actor);
        }
    }

    UUID insert(String uscc, String role, String name, String idMasked, String mobile, String actor) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO seals_member (id, uscc, role, name, id_masked, mobile, added_by, added_at) "
                + "VALUES (:id, :u, :role, :name, :idm, :mobile, :by, :at)").param("id", id).param("u", uscc)
                .param("role", role).param("name", name).param("idm", idMasked).param("mobile", mobile)
                .param("by", actor).param("at", Timestamp.from(clock.instant())).update();
        return id;
    }

    Optional<Row> administrator(String uscc) {
        return live("uscc = :u AND role = 'ADMIN'", "u", uscc).stream().findFirst();
    }

    Optional<Row> member(UUID id) {
        return live("id = :u", "u", id).stream().findFirst();
    }

    List<Row> ofUscc(String uscc) {
        return live("uscc = :u", "u", uscc);
    }

    /** Every live membership of a mobile, in whatever organisation. */
    List<Row> ofMobile(String mobile) {
        return live("mobile = :u", "u", mobile);
    }

    void remove(UUID id, String actor) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("UPDATE seals_member SET removed_at = :at, removed_by = :by WHERE id = :id AND removed_at IS NULL")
                .param("at", now).param("by", actor).param("id", id).update();
        jdbc.sql("UPDATE seals_grant SET revoked_at = :at, revoked_by = :by WHERE member_id = :id "
                + "AND revoked_at IS NULL").param("at", now).param("by", actor).param("id", id).update();
    }

    void role(UUID id, String role) {
        jdbc.sql("UPDATE seals_member SET role = :r WHERE id = :id").param("r", role).param("id", id).update();
    }

    List<UUID> grantedSeals(UUID member) {
        return jdbc.sql("SELECT seal_id FROM seals_grant WHERE member_id = :m AND revoked_at IS NULL")
                .param("m", member).query(UUID.class).list();
    }

    /** Grants the seal to the member; false when it was granted already. */
    boolean grant(UUID seal, UUID member, String actor) {
        if (grantedSeals(member).contains(seal)) {
            return false;
        }
        jdbc.sql("INSERT INTO seals_grant (id, seal_id, member_id, granted_by, granted_at) "
                + "VALUES (:id, :s, :m, :by, :at)").param("id", UUID.randomUUID()).param("s", seal)
                .param("m", member).param("by", actor).param("at", Timestamp.from(clock.instant())).update();
        return true;
    }

    boolean revokeGrant(UUID seal, UUID member, String actor) {
        return jdbc.sql("UPDATE seals_grant SET revoked_at = :at, revoked_by = :by WHERE seal_id = :s "
                + "AND member_id = :m AND revoked_at IS NULL").param("at", Timestamp.from(clock.instant()))
                .param("by", actor).param("s", seal).param("m", member).update() > 0;
    }

    /** A changed seal (变章) is usable by whoever could use the seal it replaces. */
    void carryGrants(UUID from, UUID to, String actor) {
        for (UUID member : jdbc.sql("SELECT member_id FROM seals_grant WHERE seal_id = :s AND revoked_at IS NULL")
                .param("s", from).query(UUID.class).list()) {
            grant(to, member, actor);
        }
    }

    /** A pending hand-over of the administrator role: from, to. */
    record Transfer(UUID id, UUID from, UUID to, Instant requestedAt) {
    }

    UUID requestTransfer(String uscc, UUID from, UUID to) {
        jdbc.sql("UPDATE seals_transfer SET status = 'CANCELLED', done_at = :at WHERE uscc = :u AND status = 'PENDING'")
                .param("at", Timestamp.from(clock.instant())).param("u", uscc).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO seals_transfer (id, uscc, from_member, to_member, requested_at, status) "
                + "VALUES (:id, :u, :f, :t, :at, 'PENDING')").param("id", id).param("u", uscc).param("f", from)
                .param("t", to).param("at", Timestamp.from(clock.instant())).update();
        return id;
    }

    Optional<Transfer> pendingTransfer(String uscc) {
        return jdbc.sql("SELECT id, from_member, to_member, requested_at FROM seals_transfer WHERE uscc = :u "
                + "AND status = 'PENDING'").param("u", uscc)
                .query((rs, n) -> new Transfer(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant())).optional();
    }

    void finishTransfer(UUID id, String status) {
        jdbc.sql("UPDATE seals_transfer SET status = :s, done_at = :at WHERE id = :id").param("s", status)
                .param("at", Timestamp.from(clock.instant())).param("id", id).update();
    }

    SealMember view(Row r) {
        return new SealMember(r.id(), r.uscc(), r.role(), r.name(), r.idMasked(), Masking.mask(r.mobile(), 3, 4),
                r.addedAt(), grantedSeals(r.id()));
    }

    private List<Row> live(String where, String name, Object value) {
        return jdbc.sql("SELECT id, uscc, role, name, id_masked, mobile, added_at FROM seals_member WHERE " + where
                + " AND removed_at IS NULL ORDER BY role, added_at").param(name, value)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("uscc"), rs.getString("role"),
                        rs.getString("name"), rs.getString("id_masked"), rs.getString("mobile"),
                        rs.getTimestamp("added_at").toInstant())).list();
    }
}
