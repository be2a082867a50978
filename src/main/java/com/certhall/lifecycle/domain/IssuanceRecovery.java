package com.certhall.lifecycle.domain;

import com.certhall.orders.OrderId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Crash recovery: orders whose issuance started but did not finish (the node died, the CA was unavailable) are
 * driven again once they have been quiet for {@code certhall.lifecycle.recovery-grace}. One node at a time. After
 * {@code certhall.lifecycle.max-attempts} failures (bad subject data the CA refuses) an issuance is left alone with its
 * last error in {@code lifecycle_issuance} for staff to look at.
 */
@Component
public class IssuanceRecovery {

    private static final Logger log = LoggerFactory.getLogger(IssuanceRecovery.class);

    private final Issuances issuances;
    private final IssuanceDriver driver;
    private final Clock clock;
    private final Duration grace;
    private final int maxAttempts;

    IssuanceRecovery(Issuances issuances, IssuanceDriver driver, Clock clock,
            @Value("${certhall.lifecycle.recovery-grace:PT2M}") Duration grace,
            @Value("${certhall.lifecycle.max-attempts:20}") int maxAttempts) {
        this.maxAttempts = maxAttempts;
        this.issuances = issuances;
        this.driver = driver;
        this.clock = clock;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${certhall.lifecycle.recovery-interval:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "lifecycle-issuance-recovery", lockAtMostFor = "PT10M")
    void sweep() {
        redriveQuietSince(clock.instant().minus(grace));
    }

    /** Drives every unfinished issuance last touched at or before {@code before}; answers how many finished. */
    public int redriveQuietSince(Instant before) {
        List<UUID> stuck = issuances.findUnfinishedSince(before, maxAttempts);
        int finished = 0;
        for (UUID id : stuck) {
            try {
                driver.drive(new OrderId(id));
                finished++;
            } catch (RuntimeException e) {
                log.warn("issuance of order {} failed again: {}", id, e.toString());
            }
        }
        if (!stuck.isEmpty()) {
            log.info("re-drove {} unfinished issuance(s), {} finished", stuck.size(), finished);
        }
        return finished;
    }
}
