package com.certhall.catalog.provider.sandbox;

import com.certhall.catalog.provider.PrerequisiteCheck;
import com.certhall.catalog.provider.RegistryUnavailableException;
import com.certhall.shared.SimulatedLatency;
import com.certhall.shared.Uscc;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The simulated partner registry: answers from the registrations shown on {@code /sandbox/registrations}, after a
 * network-like delay, and fails like a real partner when switched "down" there (or by configuration).
 */
@Component
@Profile("sandbox")
@ConditionalOnProperty(name = "certhall.catalog.prerequisite.provider", havingValue = "sandbox", matchIfMissing = true)
@EnableConfigurationProperties(SandboxRegistryProperties.class)
class SandboxRegistry implements PrerequisiteCheck {

    private static final Logger log = LoggerFactory.getLogger(SandboxRegistry.class);

    private final SandboxRegistrations registrations;
    private final SandboxRegistryProperties properties;
    private final AtomicBoolean available;

    SandboxRegistry(SandboxRegistrations registrations, SandboxRegistryProperties properties) {
        this.registrations = registrations;
        this.properties = properties;
        this.available = new AtomicBoolean(properties.available());
    }

    @Override
    public boolean isRegistered(String registry, Uscc uscc) {
        pause();
        if (!available.get()) {
            log.info("Sandbox registry {} is down; lookup of {} refused", registry, uscc.masked());
            throw new RegistryUnavailableException("sandbox registry " + registry + " is down");
        }
        return registrations.contains(registry, uscc.value());
    }

    boolean available() {
        return available.get();
    }

    void setAvailable(boolean up) {
        available.set(up);
    }

    private void pause() {
        SimulatedLatency.pause(properties.delay(),
                e -> new RegistryUnavailableException("interrupted while asking the registry", e));
    }
}
