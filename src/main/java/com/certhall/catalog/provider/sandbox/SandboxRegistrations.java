package com.certhall.catalog.provider.sandbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisations the simulated partner registries know, kept in {@code catalog_sandbox_registration}. */
@Repository
@Profile("sandbox")
class SandboxRegistrations {

    private final JdbcClient jdbc;
    private final Clock clock;

    SandboxRegistrations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Registration(String registry, String uscc, String organizationName, OffsetDateTime registeredAt) {
    }

    List<Registration> all() {
        return jdbc.sql("SELECT registry, uscc, organization_name, registered_at FROM catalog_sandbox_registration "
                        + "ORDER BY registered_at DESC, uscc")
                .query((rs, n) -> new Registration(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    boolean contains(String registry, String uscc) {
        return jdbc.sql("SELECT COUNT(*) FROM catalog_sandbox_registration WHERE registry = ? AND uscc = ?")
                .params(registry, uscc).query(Long.class).single() > 0;
    }

    /** Adds a registration; false when the registry already knows that USCC. */
    boolean add(String registry, String uscc, String organizationName) {
        if (contains(registry, uscc)) {
            return false;
        }
        jdbc.sql("INSERT INTO catalog_sandbox_registration (registry, uscc, organization_name, registered_at) "
                        + "VALUES (?, ?, ?, ?)")
                .params(registry, uscc, organizationName, OffsetDateTime.now(clock)).update();
        return true;
    }
}
