package com.certhall.catalog.provider.sandbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the simulated partner registry behaves: how long it takes to answer and whether it starts out down.
 *
 * @param delay     answer time of each lookup, like a partner system over the network
 * @param available false to start with the registry down; every lookup then fails with "try again later"
 */
@ConfigurationProperties("certhall.catalog.sandbox.registry")
public record SandboxRegistryProperties(Duration delay, Boolean available) {

    public SandboxRegistryProperties {
        delay = delay == null ? Duration.ofMillis(400) : delay;
        available = available == null ? Boolean.TRUE : available;
    }
}
