package com.certhall.catalog.sandbox;

import com.certhall.catalog.domain.ChannelAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores the demo channels at start in the sandbox, each only if no channel with its code exists (so an admin's
 * edits survive restarts), and registers a few organisations with the simulated coal-trade registry.
 */
@Component
@Profile("sandbox")
class DemoChannelSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoChannelSeeder.class);

    /** Organisations the sandbox coal-trade registry knows at start (valid GB 32100 check characters). */
    static final String[][] REGISTERED = {
            {"91140100MA0K7Q2C3Q", "晋阳恒泰煤业有限公司"},
            {"91140105MA0H8L6R1L", "太行能源物流有限公司"},
    };

    private final ChannelAdministration administration;
    private final JdbcClient jdbc;

    DemoChannelSeeder(ChannelAdministration administration, JdbcClient jdbc) {
        this.administration = administration;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        int stored = 0;
        for (DemoChannel demo : DemoChannels.all()) {
            try {
                stored += administration.seedIfAbsent(demo.settings(), demo.products()) ? 1 : 0;
            } catch (DuplicateKeyException e) {
                log.debug("Demo channel {} was stored by another node", demo.settings().code());
            }
        }
        for (String[] org : REGISTERED) {
            jdbc.sql("INSERT INTO catalog_sandbox_registration (registry, uscc, organization_name, registered_at) "
                            + "SELECT ?, ?, ?, CURRENT_TIMESTAMP WHERE NOT EXISTS (SELECT 1 FROM "
                            + "catalog_sandbox_registration WHERE registry = ? AND uscc = ?)")
                    .params(DemoChannels.COAL_REGISTRY, org[0], org[1], DemoChannels.COAL_REGISTRY, org[0]).update();
        }
        if (stored > 0) {
            log.info("Sandbox: stored {} demo channels", stored);
        }
    }
}
