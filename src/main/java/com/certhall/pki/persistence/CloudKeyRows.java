package com.certhall.pki.persistence;

import static com.certhall.pki.persistence.CaRows.instant;
import static com.certhall.pki.persistence.CaRows.utc;

import com.certhall.pki.CertificateStatus;
import com.certhall.pki.KeyAlgorithm;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code pki_cloud_key} table: where the key of a cloud certificate is kept, its PIN hash and tries. */
@Repository
public class CloudKeyRows {

    private static final String COLUMNS = "ca_name, serial, algorithm, custody, key_ref, sealed_key, pin_hash, "
            + "failed_pins, locked_at";

    private final JdbcClient jdbc;

    CloudKeyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One kept key; {@code keyRef} for a token key, {@code sealedKey} for a sealed one. */
    public record CloudKeyRow(String caName, String serial, KeyAlgorithm algorithm, String custody,
            @Nullable String keyRef, byte @Nullable [] sealedKey, @Nullable String pinHash, int failedPins,
            @Nullable Instant lockedAt) {
    }

    public void insert(CloudKeyRow row, Instant now) {
        jdbc.sql("INSERT INTO pki_cloud_key (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row.caName(), row.serial(), row.algorithm().name(), row.custody(), row.keyRef(),
                        row.sealedKey(), row.pinHash(), row.failedPins(), utc(row.lockedAt()), utc(now))
                .update();
    }

    public Optional<CloudKeyRow> findBySerial(String serial) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pki_cloud_key WHERE serial = ?").param(serial)
                .query(CloudKeyRows::map).optional();
    }

    /** A kept key with the CA's status and end of validity of its certificate, read together for one signing. */
    public record SigningKeyRow(CloudKeyRow key, CertificateStatus status, Instant notAfter) {
    }

    /** One query: the key, its lock and its certificate's status, as a signing reads them afresh on every call. */
    public Optional<SigningKeyRow> findForSigning(String serial) {
        return jdbc.sql("SELECT k.ca_name, k.serial, k.algorithm, k.custody, k.key_ref, k.sealed_key, k.pin_hash, "
                        + "k.failed_pins, k.locked_at, c.status, c.not_after FROM pki_cloud_key k "
                        + "JOIN pki_certificate c ON c.ca_name = k.ca_name AND c.serial = k.serial WHERE k.serial = ?")
                .param(serial)
                .query((rs, n) -> new SigningKeyRow(map(rs, n), CertificateStatus.valueOf(rs.getString("status")),
                        java.util.Objects.requireNonNull(instant(rs, "not_after"))))
                .optional();
    }

    /** The row, locked for the PIN check that follows, so two wrong PINs at once both count. */
    public Optional<CloudKeyRow> lockBySerial(String serial) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pki_cloud_key WHERE serial = ? FOR UPDATE").param(serial)
                .query(CloudKeyRows::map).optional();
    }

    public void recordTries(String caName, String serial, int failedPins, @Nullable Instant lockedAt) {
        jdbc.sql("UPDATE pki_cloud_key SET failed_pins = ?, locked_at = ? WHERE ca_name = ? AND serial = ?")
                .params(failedPins, utc(lockedAt), caName, serial).update();
    }

    /** A new PIN (activation or unlock): tries reset, lock lifted. */
    public void setPin(String caName, String serial, String pinHash) {
        jdbc.sql("UPDATE pki_cloud_key SET pin_hash = ?, failed_pins = 0, locked_at = NULL "
                + "WHERE ca_name = ? AND serial = ?").params(pinHash, caName, serial).update();
    }

    private static CloudKeyRow map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CloudKeyRow(rs.getString("ca_name"), rs.getString("serial"),
                KeyAlgorithm.valueOf(rs.getString("algorithm")), rs.getString("custody"), rs.getString("key_ref"),
                rs.getBytes("sealed_key"), rs.getString("pin_hash"), rs.getInt("failed_pins"),
                instant(rs, "locked_at"));
    }
}
