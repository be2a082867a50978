package com.certhall.invoicing.provider.sandbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What the sandbox tax platform does besides working: an outage (every call answers "service unavailable"), a share
 * of calls failing with "busy", and how long 开票中 lasts. Set on {@code /sandbox/tax}; kept in memory (per node).
 */
@Component
@Profile("sandbox")
class SandboxTaxSwitches {

    private final AtomicBoolean outage = new AtomicBoolean();
    private final AtomicInteger failurePercent;
    private final AtomicReference<Duration> issuingDelay;

    SandboxTaxSwitches(@Value("${certhall.invoicing.sandbox.failure-percent:0}") int failurePercent,
            @Value("${certhall.invoicing.sandbox.issuing-delay:PT3S}") Duration issuingDelay) {
        this.failurePercent = new AtomicInteger(failurePercent);
        this.issuingDelay = new AtomicReference<>(issuingDelay);
    }

    boolean outage() {
        return outage.get();
    }

    void outage(boolean down) {
        outage.set(down);
    }

    int failurePercent() {
        return failurePercent.get();
    }

    void failurePercent(int percent) {
        failurePercent.set(Math.max(0, Math.min(100, percent)));
    }

    Duration issuingDelay() {
        return issuingDelay.get();
    }

    void issuingDelay(Duration delay) {
        issuingDelay.set(delay.isNegative() ? Duration.ZERO : delay);
    }

    /** Whether this call fails with "busy" (drawn at the configured share). */
    boolean busyNow() {
        int percent = failurePercent.get();
        return percent > 0 && ThreadLocalRandom.current().nextInt(100) < percent;
    }
}
