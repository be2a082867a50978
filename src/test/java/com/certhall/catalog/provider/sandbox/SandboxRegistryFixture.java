package com.certhall.catalog.provider.sandbox;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers a company with a sandbox registry (coal-trade's prerequisite), as the sandbox registry page does. */
public class SandboxRegistryFixture {

    private final SandboxRegistrations registrations;

    SandboxRegistryFixture(SandboxRegistrations registrations) {
        this.registrations = registrations;
    }

    public void register(String registry, String uscc, String organizationName) {
        registrations.add(registry, uscc, organizationName);
    }

    /** Imported by every integration context (see {@code support.IntegrationTestSupport}). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        SandboxRegistryFixture sandboxRegistryFixture(SandboxRegistrations registrations) {
            return new SandboxRegistryFixture(registrations);
        }
    }
}
