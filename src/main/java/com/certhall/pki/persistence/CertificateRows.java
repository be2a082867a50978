package com.certhall.pki.persistence;

import static com.certhall.pki.persistence.CaRows.instant;
import static com.certhall.pki.persistence.CaRows.utc;

import com.certhall.pki.CertificateProfile;
import com.certhall.pki.CertificateRecord;
import com.certhall.pki.CertificateStatus;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.RevocationReason;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code pki_certificate} table: every issued certificate with its status. */
@Repository
public class CertificateRows {

    private static final String RECORD_COLUMNS = "ca_name, serial, request_id, profile, algorithm, subject_dn, "
            + "not_before, not_after, fingerprint, der, status, revoked_at, revocation_reason, invalidity_date, "
            + "version";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CertificateRows(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A certificate to store; {@code pkcs12}/{@code pinHash} only for server-generated keys. */
    public record NewCertificate(String caName, String serial, @Nullable String requestId, CertificateProfile profile,
            KeyAlgorithm algorithm, String subjectDn, Instant notBefore, Instant notAfter, String fingerprint,
            byte[] der, byte @Nullable [] pkcs12, @Nullable String pinHash) {
    }

    /** A record with its optimistic-lock version. */
    public record Versioned(CertificateRecord record, long version) {
    }

    /** Status as OCSP needs it. */
    public record Status(CertificateStatus status, @Nullable Instant revokedAt, @Nullable RevocationReason reason,
            @Nullable Instant invalidityDate) {
    }

    /** One CRL entry. */
    public record RevokedEntry(String serial, Instant revokedAt, @Nullable Integer reason,
            @Nullable Instant invalidityDate) {
    }

    /** The stored PKCS#12 and PIN hash of a server-generated key. */
    public record KeyDelivery(byte[] pkcs12, String pinHash) {
    }

    public void insert(NewCertificate c, Instant now) {
        insertAll(List.of(c), now);
    }

    /**
     * Inserts the certificates with multi-row INSERTs of up to {@link #ROWS_PER_INSERT} rows each (a batch of 100 is
     * one statement): the database plans and runs one statement for many rows instead of one per row, which was
     * most of PostgreSQL's share of a batch's time (docs/pki.md "Issuance in batches"). The primary key (CA, serial)
     * and the unique request id refuse a serial drawn twice and a request issued twice: {@code
     * DuplicateKeyException}, and on PostgreSQL the transaction is then aborted, so the caller rolls back the whole
     * batch.
     */
    public void insertAll(List<NewCertificate> certificates, Instant now) {
        for (int from = 0; from < certificates.size(); from += ROWS_PER_INSERT) {
            List<NewCertificate> rows = certificates.subList(from, Math.min(certificates.size(),
                    from + ROWS_PER_INSERT));
            template.update(connection -> {
                PreparedStatement ps = connection.prepareStatement(INSERT + String.join(", ",
                        Collections.nCopies(rows.size(), INSERT_ROW)));
                int at = 0;
                for (NewCertificate c : rows) {
                    at = bind(ps, at, c, now);
                }
                return ps;
            });
        }
    }

    /** Rows per INSERT statement: 14 parameters each, far below the 65,535 a PostgreSQL statement may bind. */
    static final int ROWS_PER_INSERT = 100;
    private static final String INSERT = """
            INSERT INTO pki_certificate (ca_name, serial, request_id, profile, algorithm, subject_dn, not_before,
                not_after, fingerprint, der, status, status_changed_at, pkcs12, pin_hash, created_at, version)
            VALUES\s""";
    private static final String INSERT_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'GOOD', ?, ?, ?, ?, 0)";

    /** Binds one row's 14 parameters after the {@code at} already bound; answers the new count. */
    private static int bind(PreparedStatement ps, int at, NewCertificate c, Instant now) throws SQLException {
        // Typed setters: a null through Spring's untyped path makes PostgreSQL's driver describe the statement first.
        ps.setString(at + 1, c.caName());
        ps.setString(at + 2, c.serial());
        nullable(ps, at + 3, c.requestId());
        ps.setString(at + 4, c.profile().name());
        ps.setString(at + 5, c.algorithm().name());
        ps.setString(at + 6, c.subjectDn());
        ps.setObject(at + 7, utc(c.notBefore()));
        ps.setObject(at + 8, utc(c.notAfter()));
        ps.setString(at + 9, c.fingerprint());
        ps.setBytes(at + 10, c.der());
        ps.setObject(at + 11, utc(now));
        if (c.pkcs12() == null) {
            ps.setNull(at + 12, Types.BINARY);
        } else {
            ps.setBytes(at + 12, c.pkcs12());
        }
        nullable(ps, at + 13, c.pinHash());
        ps.setObject(at + 14, utc(now));
        return at + 14;
    }

    private static void nullable(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    public boolean serialTaken(String caName, String serial) {
        return jdbc.sql("SELECT COUNT(*) FROM pki_certificate WHERE ca_name = ? AND serial = ?")
                .params(caName, serial).query(Long.class).single() > 0;
    }

    public Optional<Versioned> find(String caName, String serial) {
        return jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM pki_certificate WHERE ca_name = ? AND serial = ?")
                .params(caName, serial).query(CertificateRows::map).optional();
    }

    public List<Versioned> findBySerial(String serial) {
        return jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM pki_certificate WHERE serial = ?")
                .param(serial).query(CertificateRows::map).list();
    }

    public Optional<Versioned> findByRequestId(String requestId) {
        return jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM pki_certificate WHERE request_id = ?")
                .param(requestId).query(CertificateRows::map).optional();
    }

    /** The certificates issued for any of these request ids (at most 1,000 ids): one statement. */
    public List<Versioned> findByRequestIds(Collection<String> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(requestIds.size(), "?"));
        return jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM pki_certificate WHERE request_id IN (" + marks + ")")
                .params(List.copyOf(requestIds)).query(CertificateRows::map).list();
    }

    public Optional<KeyDelivery> keyDelivery(String caName, String serial) {
        return jdbc.sql("SELECT pkcs12, pin_hash FROM pki_certificate WHERE ca_name = ? AND serial = ? "
                        + "AND pkcs12 IS NOT NULL")
                .params(caName, serial)
                .query((rs, n) -> new KeyDelivery(rs.getBytes(1), rs.getString(2))).optional();
    }

    public Optional<Status> status(String caName, String serial) {
        return jdbc.sql("SELECT status, revoked_at, revocation_reason, invalidity_date FROM pki_certificate "
                        + "WHERE ca_name = ? AND serial = ?")
                .params(caName, serial).query((rs, n) -> new Status(CertificateStatus.valueOf(rs.getString(1)),
                        instant(rs, "revoked_at"), reason(rs), instant(rs, "invalidity_date")))
                .optional();
    }

    /** Sets a new status if nobody changed the row since {@code version}; false when somebody did. */
    public boolean changeStatus(String caName, String serial, long version, CertificateStatus status,
            @Nullable Instant revokedAt, @Nullable RevocationReason reason, @Nullable Instant invalidityDate,
            Instant now) {
        return jdbc.sql("""
                UPDATE pki_certificate SET status = ?, revoked_at = ?, revocation_reason = ?, invalidity_date = ?,
                    status_changed_at = ?, version = version + 1 WHERE ca_name = ? AND serial = ? AND version = ?""")
                .params(status.name(), utc(revokedAt), reason == null ? null : reason.code(), utc(invalidityDate),
                        utc(now), caName, serial, version)
                .update() == 1;
    }

    /**
     * Streams the revoked and held, not yet expired certificates of a CA in ascending serial order, row by row (the driver fetches in
     * batches), so a CRL of a million entries never sits in memory. Call inside a transaction for PostgreSQL to
     * use a cursor.
     */
    public void forEachRevoked(String caName, Instant notExpiredAt, Consumer<RevokedEntry> consumer) {
        template.query(connection -> {
            var ps = connection.prepareStatement("SELECT serial, revoked_at, revocation_reason, invalidity_date "
                    + "FROM pki_certificate WHERE ca_name = ? AND status IN ('REVOKED', 'ON_HOLD') AND not_after > ? "
                    // Ascending serial (docs/pki.md): serials are stored as lower-case hex without leading
                    // zeros, so ordering by length, then text, is numeric order on every database.
                    + "ORDER BY LENGTH(serial), serial",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(2000);
            ps.setString(1, caName);
            ps.setObject(2, utc(notExpiredAt));
            return ps;
        }, rs -> {
            Integer reason = rs.getObject(3) == null ? null : rs.getInt(3);
            consumer.accept(new RevokedEntry(rs.getString(1), instant(rs, "revoked_at"), reason,
                    instant(rs, "invalidity_date")));
        });
    }

    /** (CA, serial) pairs whose status changed at or after {@code since}, for cache invalidation on every node. */
    public List<String[]> statusChangedSince(Instant since) {
        return jdbc.sql("SELECT ca_name, serial FROM pki_certificate WHERE status_changed_at >= ? AND version > 0")
                .param(utc(since))
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    private static Versioned map(ResultSet rs, int row) throws SQLException {
        CertificateRecord record = new CertificateRecord(rs.getString("serial"), rs.getString("ca_name"),
                CertificateProfile.valueOf(rs.getString("profile")), KeyAlgorithm.valueOf(rs.getString("algorithm")),
                rs.getString("request_id"), rs.getString("subject_dn"), instant(rs, "not_before"),
                instant(rs, "not_after"), rs.getString("fingerprint"), rs.getBytes("der"),
                CertificateStatus.valueOf(rs.getString("status")), instant(rs, "revoked_at"), reason(rs),
                instant(rs, "invalidity_date"));
        return new Versioned(record, rs.getLong("version"));
    }

    private static @Nullable RevocationReason reason(ResultSet rs) throws SQLException {
        int code = rs.getInt("revocation_reason");
        return rs.wasNull() ? null : RevocationReason.ofCode(code);
    }
}
