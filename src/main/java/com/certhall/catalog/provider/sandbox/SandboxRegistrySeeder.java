package com.certhall.catalog.provider.sandbox;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** Registers a few organisations with the simulated coal-trade registry at start, unless it knows them already. */
@Component
@Profile("sandbox")
class SandboxRegistrySeeder implements ApplicationRunner {

    /** Registry id used by the coal-trade demo channel. */
    static final String COAL_TRADE = "COAL_TRADE";

    /** Organisations the registry knows at start (valid GB 32100 check characters). */
    static final String[][] REGISTERED = {
            {"91140100MA0K7Q2C3Q", "晋阳恒泰煤业有限公司"},
            {"91140105MA0H8L6R1L", "太行能源物流有限公司"},
    };

    private final SandboxRegistrations registrations;

    SandboxRegistrySeeder(SandboxRegistrations registrations) {
        this.registrations = registrations;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String[] org : REGISTERED) {
            try {
                registrations.add(COAL_TRADE, org[0], org[1]);
            } catch (DuplicateKeyException e) {
                // another node registered it at the same moment; the registry knows it either way
            }
        }
    }
}
