package com.certhall.signing.domain;

import static com.certhall.signing.domain.PartnerClients.utc;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which cloud credentials have their signing PIN set, since when and by whom, and how often it was reset
 * ({@code signing_credential_pin}; docs/signing.md "Activation and PIN reset").
 */
@Repository
class PinActivations {

    /** A credential's activation: when the first PIN was set, and the resets since. */
    record Activation(Instant activatedAt, int resets) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    PinActivations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Activation> of(String serialHex) {
        return jdbc.sql("SELECT activated_at, resets FROM signing_credential_pin WHERE serial = ?").param(serialHex)
                .query((rs, n) -> new Activation(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getInt(2)))
                .optional();
    }

    void activated(String serialHex, String by) {
        jdbc.sql("INSERT INTO signing_credential_pin (serial, activated_at, activated_by, resets) VALUES (?, ?, ?, 0)")
                .params(serialHex, utc(clock.instant()), by).update();
    }

    void reset(String serialHex) {
        jdbc.sql("UPDATE signing_credential_pin SET resets = resets + 1, last_reset_at = ? WHERE serial = ?")
                .params(utc(clock.instant()), serialHex).update();
    }
}
