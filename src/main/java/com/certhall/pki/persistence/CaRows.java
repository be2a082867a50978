package com.certhall.pki.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code pki_ca} table: one row per CA with its certificate and where its keys are. */
@Repository
public class CaRows {

    private final JdbcClient jdbc;

    CaRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored CA. */
    public record CaRow(String name, String algorithm, boolean root, @Nullable String parentName, String keyStore,
            String keyRef, byte[] certificate, @Nullable String ocspKeyRef, byte @Nullable [] ocspCertificate) {
    }

    public List<CaRow> all() {
        return jdbc.sql("SELECT * FROM pki_ca ORDER BY root DESC, name").query(CaRows::map).list();
    }

    public void insert(CaRow row, Instant now) {
        jdbc.sql("""
                INSERT INTO pki_ca (name, algorithm, root, parent_name, key_store, key_ref, certificate, ocsp_key_ref,
                    ocsp_certificate, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(row.name(), row.algorithm(), row.root(), row.parentName(), row.keyStore(), row.keyRef(),
                        row.certificate(), row.ocspKeyRef(), row.ocspCertificate(), utc(now))
                .update();
        jdbc.sql("INSERT INTO pki_crl (ca_name, crl_number, stale, version) VALUES (?, 0, TRUE, 0)")
                .param(row.name()).update();
    }

    public void replaceOcspSigner(String name, String keyRef, byte[] certificate) {
        jdbc.sql("UPDATE pki_ca SET ocsp_key_ref = ?, ocsp_certificate = ?, version = version + 1 WHERE name = ?")
                .params(keyRef, certificate, name).update();
    }

    private static CaRow map(ResultSet rs, int row) throws SQLException {
        return new CaRow(rs.getString("name"), rs.getString("algorithm"), rs.getBoolean("root"),
                rs.getString("parent_name"), rs.getString("key_store"), rs.getString("key_ref"),
                rs.getBytes("certificate"), rs.getString("ocsp_key_ref"), rs.getBytes("ocsp_certificate"));
    }

    static OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
