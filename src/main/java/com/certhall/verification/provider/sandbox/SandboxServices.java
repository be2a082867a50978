package com.certhall.verification.provider.sandbox;

import com.certhall.shared.SimulatedLatency;
import com.certhall.verification.ProviderUnavailableException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The simulated outside services' shared behaviour: each takes a little time to answer, and each can be switched
 * into an outage from {@code /sandbox/identities}, after which it answers like an unreachable real service.
 */
@Component
@Profile("sandbox")
public class SandboxServices {

    /** The simulated parties. */
    public enum Service { TELECOM, CARD_NETWORK, BANK, FACE }

    private final Duration delay;
    private final Map<Service, Boolean> down = new EnumMap<>(Service.class);

    SandboxServices(@Value("${certhall.sandbox.verification.delay:PT0.05S}") Duration delay) {
        this.delay = delay;
    }

    /** Waits like a remote call, then fails if the service is switched off. */
    void call(Service service) {
        SimulatedLatency.jittered(delay, e -> new ProviderUnavailableException(service.name(), "interrupted"));
        if (isDown(service)) {
            throw new ProviderUnavailableException(service.name(), "connect timed out");
        }
    }

    public synchronized boolean isDown(Service service) {
        return down.getOrDefault(service, false);
    }

    public synchronized void setDown(Service service, boolean isDown) {
        down.put(service, isDown);
    }

    public synchronized Map<Service, Boolean> states() {
        Map<Service, Boolean> states = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            states.put(s, down.getOrDefault(s, false));
        }
        return states;
    }
}
