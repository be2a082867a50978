package com.certhall.pki.persistence;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code pki_service_key} table: the current key of each CA service (time stamping, seal making). */
@Repository
public class ServiceKeyRows {

    private final JdbcClient jdbc;

    ServiceKeyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored service key: where the key is and its certificate (DER). */
    public record ServiceKeyRow(String caName, String purpose, String keyRef, byte[] certificate) {
    }

    public Optional<ServiceKeyRow> find(String caName, String purpose) {
        return jdbc.sql("SELECT ca_name, purpose, key_ref, certificate FROM pki_service_key"
                        + " WHERE ca_name = ? AND purpose = ?")
                .params(caName, purpose)
                .query((rs, n) -> new ServiceKeyRow(rs.getString("ca_name"), rs.getString("purpose"),
                        rs.getString("key_ref"), rs.getBytes("certificate")))
                .optional();
    }

    /** Replaces the key of this CA service (inside the caller's transaction). */
    public void replace(ServiceKeyRow row, Instant now) {
        jdbc.sql("DELETE FROM pki_service_key WHERE ca_name = ? AND purpose = ?")
                .params(row.caName(), row.purpose()).update();
        jdbc.sql("INSERT INTO pki_service_key (ca_name, purpose, key_ref, certificate, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(row.caName(), row.purpose(), row.keyRef(), row.certificate(), CaRows.utc(now))
                .update();
    }
}
