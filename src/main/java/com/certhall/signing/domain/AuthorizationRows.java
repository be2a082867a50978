package com.certhall.signing.domain;

import static com.certhall.signing.domain.PartnerClients.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code signing_authorization} and {@code signing_log} tables. */
@Repository
class AuthorizationRows {

    private static final String COLUMNS = "id, handle, serial, caller, caller_name, channel_code, hash_algorithm, "
            + "hashes, num_signatures, description, status, sad_hash, sealed_sad, created_at, expires_at, used_at";

    private static final String LOG_INSERT = "INSERT INTO signing_log (id, serial, caller, caller_name, "
            + "hash_algorithm, hashes, description, result, signed_at)";

    private final JdbcClient jdbc;

    AuthorizationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One authorization; {@code hashes} as Base64 of the raw hash, normalised. */
    record Row(UUID id, @Nullable String handle, String serial, String caller, @Nullable String callerName,
            @Nullable String channel, String hashAlgorithm, List<String> hashes, int numSignatures,
            @Nullable String description, String status, @Nullable String sadHash, @Nullable String sealedSad,
            Instant createdAt, Instant expiresAt, @Nullable Instant usedAt) {
    }

    void insert(Row r) {
        jdbc.sql("INSERT INTO signing_authorization (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?)")
                .params(r.id(), r.handle(), r.serial(), r.caller(), r.callerName(), r.channel(), r.hashAlgorithm(),
                        String.join(" ", r.hashes()), r.numSignatures(), r.description(), r.status(), r.sadHash(),
                        r.sealedSad(), utc(r.createdAt()), utc(r.expiresAt()), null)
                .update();
    }

    Optional<Row> byHandle(String handle) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM signing_authorization WHERE handle = ?").param(handle)
                .query(AuthorizationRows::map).optional();
    }

    Optional<Row> lockByHandle(String handle) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM signing_authorization WHERE handle = ? FOR UPDATE")
                .param(handle).query(AuthorizationRows::map).optional();
    }

    Optional<Row> bySad(String sadHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM signing_authorization WHERE sad_hash = ?").param(sadHash)
                .query(AuthorizationRows::map).optional();
    }

    void approve(UUID id, String sadHash, String sealedSad, Instant expiresAt) {
        jdbc.sql("UPDATE signing_authorization SET status = 'APPROVED', sad_hash = ?, sealed_sad = ?, expires_at = ? "
                + "WHERE id = ?").params(sadHash, sealedSad, utc(expiresAt), id).update();
    }

    void status(UUID id, String status) {
        jdbc.sql("UPDATE signing_authorization SET status = ? WHERE id = ?").params(status, id).update();
    }

    /** Hands the SAD over once: true for the one caller that wiped it. */
    boolean wipeSad(UUID id) {
        return jdbc.sql("UPDATE signing_authorization SET sealed_sad = NULL WHERE id = ? AND sealed_sad IS NOT NULL")
                .param(id).update() == 1;
    }

    /** Uses the SAD up: true for the one signing that got it. */
    boolean use(UUID id, Instant now) {
        return jdbc.sql("UPDATE signing_authorization SET used_at = ? WHERE id = ? AND used_at IS NULL")
                .params(utc(now), id).update() == 1;
    }

    /**
     * Uses up the SAD of a {@code signHash} that asks for exactly the hashes it covers, in the order they were
     * authorized (what a partner does), in one conditional UPDATE (docs/signing.md, "SCAL2 here"): true for the one
     * call that found it approved, unused, live at {@code now}, of this credential and caller and of
     * {@code hashAlgorithm} when one is named. False decides nothing: the caller then reads the row under lock
     * ({@link #lockBySad}) for a part of the hashes, another order, or the refusal.
     */
    boolean useExactly(String sadHash, String serial, String caller, @Nullable String hashAlgorithm,
            List<String> hashes, Instant now) {
        OffsetDateTime at = utc(now);
        String joined = String.join(" ", hashes);
        return jdbc.sql("UPDATE signing_authorization SET used_at = ? WHERE sad_hash = ? AND serial = ? AND caller = ? "
                        + "AND status = 'APPROVED' AND expires_at > ? AND used_at IS NULL AND hashes = ?"
                        + (hashAlgorithm == null ? "" : " AND hash_algorithm = ?"))
                .params(hashAlgorithm == null ? List.of(at, sadHash, serial, caller, at, joined)
                        : List.of(at, sadHash, serial, caller, at, joined, hashAlgorithm))
                .update() == 1;
    }

    Optional<Row> lockBySad(String sadHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM signing_authorization WHERE sad_hash = ? FOR UPDATE")
                .param(sadHash).query(AuthorizationRows::map).optional();
    }

    /** One entry of the signature log: one signing act and every hash it named, in order. */
    void log(String serial, String caller, @Nullable String callerName, String hashAlgorithm, List<String> hashes,
            @Nullable String description, String result, Instant now) {
        jdbc.sql(LOG_INSERT + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), serial, caller, callerName, hashAlgorithm, String.join(" ", hashes),
                        description, result, utc(now))
                .update();
    }

    /**
     * The log entry of one {@code signHash} whose SAD this transaction just used up, naming the hashes signed in the
     * order asked: credential, caller, the caller's name, hash algorithm and description are taken from the
     * authorization row by one INSERT … SELECT.
     */
    void logSigned(String sadHash, List<String> hashes, Instant now) {
        int written = jdbc.sql(LOG_INSERT + " SELECT ?, serial, caller, caller_name, hash_algorithm, ?, description, "
                        + "'SIGNED', ? FROM signing_authorization WHERE sad_hash = ?")
                .params(UUID.randomUUID(), String.join(" ", hashes), utc(now), sadHash)
                .update();
        if (written != 1) {
            // the caller used the SAD up in this transaction: its row is there
            throw new IllegalStateException("signing log: no authorization row for the SAD just used");
        }
    }

    /** One signing act with the hashes it signed in order, or a refused authorization ({@code result}). */
    record Logged(String serial, String caller, @Nullable String callerName, String hashAlgorithm, List<String> hashes,
            @Nullable String description, String result, Instant signedAt) {
    }

    long countLog(List<String> serials) {
        if (serials.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM signing_log WHERE serial IN (:serials)").param("serials", serials)
                .query(Long.class).single();
    }

    /** A page of the log of these credentials, newest first. */
    List<Logged> logOf(List<String> serials, int offset, int size) {
        if (serials.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT serial, caller, caller_name, hash_algorithm, hashes, description, result, signed_at "
                        + "FROM signing_log WHERE serial IN (:serials) ORDER BY signed_at DESC, id "
                        + "OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .param("serials", serials).param("offset", offset).param("size", size)
                .query((rs, n) -> new Logged(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        List.of(rs.getString(5).split(" ")), rs.getString(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class).toInstant()))
                .list();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        OffsetDateTime used = rs.getObject("used_at", OffsetDateTime.class);
        return new Row(rs.getObject("id", UUID.class), rs.getString("handle"), rs.getString("serial"),
                rs.getString("caller"), rs.getString("caller_name"), rs.getString("channel_code"),
                rs.getString("hash_algorithm"), List.of(rs.getString("hashes").split(" ")),
                rs.getInt("num_signatures"), rs.getString("description"), rs.getString("status"),
                rs.getString("sad_hash"), rs.getString("sealed_sad"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(), used == null ? null : used.toInstant());
    }
}
