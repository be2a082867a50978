package com.certhall.seals.domain;

import com.certhall.seals.SealKind;
import com.certhall.seals.SealStatus;
import com.certhall.seals.SealView;
import com.certhall.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code seals_seal}: one row per seal made, never deleted (docs/seals.md "Storage"). */
@Repository
public class SealRows {

    private static final String COLUMNS = "id, es_id, kind, name, organisation, uscc, certificate_serial, "
            + "order_number, account_id, source, status, valid_from, valid_to, ended_at, ended_reason";

    private final JdbcClient jdbc;

    SealRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a new row holds. */
    record NewSeal(UUID id, String esId, UUID accountId, UUID orderId, String orderNumber, String certificateSerial,
            String uscc, String organisation, SealKind kind, String name, String source, byte[] image, byte[] seSeal,
            Instant validFrom, Instant validTo, @Nullable UUID replaces, Instant createdAt) {
    }

    void insert(NewSeal s) {
        jdbc.sql("INSERT INTO seals_seal (id, es_id, account_id, order_id, order_number, certificate_serial, uscc, "
                + "organisation, kind, name, source, image, se_seal, valid_from, valid_to, status, replaces, "
                + "created_at, version) VALUES (:id, :esId, :account, :orderId, :orderNumber, :serial, :uscc, :org, "
                + ":kind, :name, :source, :image, :seSeal, :from, :to, 'ACTIVE', :replaces, :created, 0)")
                .param("id", s.id()).param("esId", s.esId()).param("account", s.accountId())
                .param("orderId", s.orderId()).param("orderNumber", s.orderNumber())
                .param("serial", s.certificateSerial()).param("uscc", s.uscc()).param("org", s.organisation())
                .param("kind", s.kind().name()).param("name", s.name()).param("source", s.source())
                .param("image", s.image()).param("seSeal", s.seSeal()).param("from", ts(s.validFrom()))
                .param("to", ts(s.validTo())).param("replaces", s.replaces()).param("created", ts(s.createdAt()))
                .update();
    }

    boolean esIdTaken(String esId) {
        return jdbc.sql("SELECT COUNT(*) FROM seals_seal WHERE es_id = :e").param("e", esId).query(Long.class)
                .single() > 0;
    }

    boolean existsForCertificate(String serial) {
        return jdbc.sql("SELECT COUNT(*) FROM seals_seal WHERE certificate_serial = :s").param("s", serial)
                .query(Long.class).single() > 0;
    }

    /** The seal as stored; {@code now} turns an active seal past its end into {@link SealStatus#EXPIRED}. */
    public Optional<SealView> find(UUID id, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM seals_seal WHERE id = :id").param("id", id)
                .query((rs, n) -> view(rs, now)).optional();
    }

    public List<SealView> ofUscc(String uscc, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM seals_seal WHERE uscc = :u ORDER BY created_at DESC, es_id")
                .param("u", uscc).query((rs, n) -> view(rs, now)).list();
    }

    public List<SealView> ofAccount(UUID account, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM seals_seal WHERE account_id = :a ORDER BY created_at DESC, es_id")
                .param("a", account).query((rs, n) -> view(rs, now)).list();
    }

    public List<SealView> ofCertificate(String serial, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM seals_seal WHERE certificate_serial = :s ORDER BY created_at")
                .param("s", serial).query((rs, n) -> view(rs, now)).list();
    }

    /** Staff's list: the newest first, optionally those whose name, organisation, USCC or code contains {@code q}. */
    public List<SealView> search(@Nullable String q, int limit, Instant now) {
        String like = "%" + (q == null ? "" : q.strip().toLowerCase(Locale.ROOT)) + "%";
        return jdbc.sql("SELECT " + COLUMNS + " FROM seals_seal WHERE LOWER(name) LIKE :q OR LOWER(organisation) "
                + "LIKE :q OR LOWER(uscc) LIKE :q OR LOWER(es_id) LIKE :q ORDER BY created_at DESC, es_id")
                .param("q", like).query((rs, n) -> view(rs, now)).list().stream().limit(limit).toList();
    }

    /** Marks the seal as made for a seal order (补章, 变章), so a redelivered approval makes none twice. */
    void madeFor(UUID id, UUID order) {
        jdbc.sql("UPDATE seals_seal SET made_for_order = :o WHERE id = :id").param("o", order).param("id", id)
                .update();
    }

    /** The seal made for a seal order, if it was made. */
    Optional<UUID> madeFor(UUID order) {
        return jdbc.sql("SELECT id FROM seals_seal WHERE made_for_order = :o").param("o", order).query(UUID.class)
                .optional();
    }

    UUID orderId(UUID id) {
        return jdbc.sql("SELECT order_id FROM seals_seal WHERE id = :id").param("id", id).query(UUID.class).single();
    }

    public byte[] image(UUID id) {
        return jdbc.sql("SELECT image FROM seals_seal WHERE id = :id").param("id", id).query(byte[].class).single();
    }

    public byte[] seSeal(UUID id) {
        return jdbc.sql("SELECT se_seal FROM seals_seal WHERE id = :id").param("id", id).query(byte[].class)
                .single();
    }

    /** Ends an active seal; false when it had ended already (listeners run again after a restart). */
    boolean end(UUID id, SealStatus status, String reason, Instant at) {
        return jdbc.sql("UPDATE seals_seal SET status = :st, ended_at = :at, ended_reason = :r, version = version + 1 "
                + "WHERE id = :id AND status = 'ACTIVE'").param("st", status.name()).param("at", ts(at))
                .param("r", reason).param("id", id).update() == 1;
    }

    /** Locks the seal's row for a change that depends on its state (变章 twice at once). */
    void lock(UUID id) {
        if (jdbc.sql("SELECT id FROM seals_seal WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class)
                .optional().isEmpty()) {
            throw new NotFoundException("seal", id);
        }
    }

    private static SealView view(ResultSet rs, Instant now) throws SQLException {
        SealStatus stored = SealStatus.valueOf(rs.getString("status"));
        Instant to = rs.getTimestamp("valid_to").toInstant();
        boolean expired = stored == SealStatus.ACTIVE && !now.isBefore(to);
        Timestamp ended = rs.getTimestamp("ended_at");
        return new SealView(rs.getObject("id", UUID.class), rs.getString("es_id"),
                SealKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("organisation"),
                rs.getString("uscc"), rs.getString("certificate_serial"), rs.getString("order_number"),
                rs.getObject("account_id", UUID.class), rs.getString("source"),
                expired ? SealStatus.EXPIRED : stored, rs.getTimestamp("valid_from").toInstant(), to,
                expired ? to : ended == null ? null : ended.toInstant(),
                expired ? "EXPIRED" : rs.getString("ended_reason"));
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }
}
