package com.certhall.pki.crl;

import com.certhall.pki.ca.Ca;
import com.certhall.pki.ca.CaRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Regenerates stale or half-expired CRLs on a schedule, on one node at a time (ShedLock). */
@Component
class CrlRefreshJob {

    private final CaRegistry registry;
    private final CrlPublisher publisher;

    CrlRefreshJob(CaRegistry registry, CrlPublisher publisher) {
        this.registry = registry;
        this.publisher = publisher;
    }

    @Scheduled(fixedDelayString = "${certhall.pki.crl-refresh-interval:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "pki.crl.refresh", lockAtMostFor = "PT30M")
    void refresh() {
        for (Ca ca : registry.all()) {
            publisher.refreshIfDue(ca.name());
        }
    }
}
