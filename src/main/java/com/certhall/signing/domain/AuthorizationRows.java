package com.certhall.signing.domain;

import static com.certhall.signing.domain.PartnerClients.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final String LOG_INSERT_HEAD = "INSERT INTO signing_log (id, serial, caller, caller_name, "
            + "hash_algorithm, hash, description, result, signed_at) VALUES";
    private static final String LOG_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";

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
     * Reads and uses up the SAD of one {@code signHash} in one conditional UPDATE (docs/signing.md, "SCAL2 here"):
     * true for the one call that found it approved, unused, live at {@code now}, of this credential and caller, of
     * {@code hashAlgorithm} when one is named, and covering each of {@code hashes} (Base64 of 32 bytes, normalised,
     * no two alike). A hash is covered when it is one of the stored hashes: those are joined by spaces and a hash
     * holds none, so a match of all its characters is a whole stored hash. False decides nothing about why.
     */
    boolean useCovering(String sadHash, String serial, String caller, @Nullable String hashAlgorithm,
            List<String> hashes, Instant now) {
        StringBuilder sql = new StringBuilder("UPDATE signing_authorization SET used_at = ? WHERE sad_hash = ? "
                + "AND serial = ? AND caller = ? AND status = 'APPROVED' AND expires_at > ? AND used_at IS NULL");
        List<Object> params = new ArrayList<>(hashes.size() + 7);
        OffsetDateTime at = utc(now);
        params.addAll(Arrays.asList(at, sadHash, serial, caller, at));
        if (hashAlgorithm != null) {
            sql.append(" AND hash_algorithm = ?");
            params.add(hashAlgorithm);
        }
        for (String hash : hashes) {
            // Base64 has no LIKE wildcard (% _) nor escape character
            sql.append(" AND hashes LIKE ?");
            params.add("%" + hash + "%");
        }
        return jdbc.sql(sql.toString()).params(params).update() == 1;
    }

    void log(String serial, String caller, @Nullable String callerName, String hashAlgorithm, String hash,
            @Nullable String description, String result, Instant now) {
        jdbc.sql(LOG_INSERT_HEAD + " " + LOG_ROW).params(UUID.randomUUID(), serial, caller, callerName, hashAlgorithm, hash, description, result,
                        utc(now)).update();
    }

    /**
     * The log rows of one {@code signHash} whose SAD {@link #useCovering} just used up, one per hash in the order
     * given: credential, caller, the caller's name, hash algorithm and description are taken from the authorization
     * itself by one INSERT … SELECT per {@link Authorizations#MAX_HASHES} rows, so the call reads the authorization
     * row only in the statements that use it up and log it.
     */
    void logSigned(String sadHash, List<String> hashes, Instant now) {
        OffsetDateTime at = utc(now);
        UUID call = UUID.randomUUID();
        int index = 0;
        for (int from = 0; from < hashes.size(); from += Authorizations.MAX_HASHES) {
            List<String> part = hashes.subList(from, Math.min(hashes.size(), from + Authorizations.MAX_HASHES));
            StringBuilder sql = new StringBuilder("INSERT INTO signing_log (id, serial, caller, caller_name, "
                    + "hash_algorithm, hash, description, result, signed_at) SELECT v.id, a.serial, a.caller, "
                    + "a.caller_name, a.hash_algorithm, v.hash, a.description, 'SIGNED', ? "
                    + "FROM signing_authorization a CROSS JOIN (VALUES ");
            List<Object> params = new ArrayList<>(part.size() * 2 + 2);
            params.add(at);
            for (String hash : part) {
                sql.append(params.size() == 1 ? "" : ", ").append("(?, ?)");
                params.add(rowId(call, index++));
                params.add(hash);
            }
            sql.append(") AS v (id, hash) WHERE a.sad_hash = ?");
            params.add(sadHash);
            int written = jdbc.sql(sql.toString()).params(params).update();
            if (written != part.size()) {
                // the caller used the SAD up in this transaction: its row is there
                throw new IllegalStateException("signing log: " + written + " rows written of " + part.size());
            }
        }
    }

    /** One random draw per call: the call's random UUID with the row's index in its last bits (below MAX_HASHES). */
    private static UUID rowId(UUID call, int index) {
        return new UUID(call.getMostSignificantBits(), call.getLeastSignificantBits() ^ index);
    }

    /** One logged signature, or a refused authorization ({@code result}). */
    record Logged(String serial, String caller, @Nullable String callerName, String hashAlgorithm, String hash,
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
        return jdbc.sql("SELECT serial, caller, caller_name, hash_algorithm, hash, description, result, signed_at "
                        + "FROM signing_log WHERE serial IN (:serials) ORDER BY signed_at DESC, id "
                        + "OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .param("serials", serials).param("offset", offset).param("size", size)
                .query((rs, n) -> new Logged(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7),
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
