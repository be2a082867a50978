package com.certhall.pki.persistence;

import static com.certhall.pki.persistence.CaRows.instant;
import static com.certhall.pki.persistence.CaRows.utc;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code pki_crl} table: per CA the number and times of the current CRL, and whether it is stale. */
@Repository
public class CrlRows {

    private final JdbcClient jdbc;

    CrlRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** State of a CA's CRL. */
    public record CrlState(long number, @Nullable Instant thisUpdate, @Nullable Instant nextUpdate, boolean stale) {
    }

    public Optional<CrlState> state(String caName) {
        return jdbc.sql("SELECT crl_number, this_update, next_update, stale FROM pki_crl WHERE ca_name = ?")
                .param(caName).query((rs, n) -> new CrlState(rs.getLong(1), instant(rs, "this_update"),
                        instant(rs, "next_update"), rs.getBoolean(4)))
                .optional();
    }

    /** Marks the CRL out of date (a revocation happened); the next read regenerates it. */
    public void markStale(String caName) {
        jdbc.sql("UPDATE pki_crl SET stale = TRUE WHERE ca_name = ?").param(caName).update();
    }

    /** Takes the next CRL number (RFC 5280 §5.2.3: monotonically increasing) for a CRL being generated now. */
    public long takeNextNumber(String caName, Instant thisUpdate, Instant nextUpdate) {
        jdbc.sql("UPDATE pki_crl SET crl_number = crl_number + 1, this_update = ?, next_update = ?, stale = FALSE, "
                        + "version = version + 1 WHERE ca_name = ?")
                .params(utc(thisUpdate), utc(nextUpdate), caName).update();
        return jdbc.sql("SELECT crl_number FROM pki_crl WHERE ca_name = ?").param(caName).query(Long.class).single();
    }
}
