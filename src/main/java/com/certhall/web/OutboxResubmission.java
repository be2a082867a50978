package com.certhall.web;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The outbox's retry loop: event publications whose listener failed (an SMS provider down, say) are resubmitted
 * once they are older than the retry delay. ShedLock makes one node do it.
 */
@Component
class OutboxResubmission {

    private final IncompleteEventPublications publications;
    private final Duration olderThan;

    OutboxResubmission(IncompleteEventPublications publications,
            @Value("${certhall.outbox.retry-after:PT20S}") Duration olderThan) {
        this.publications = publications;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${certhall.outbox.retry-interval:PT15S}", initialDelayString = "PT15S")
    @SchedulerLock(name = "outbox-resubmission", lockAtMostFor = "PT5M")
    void resubmit() {
        publications.resubmitIncompletePublicationsOlderThan(olderThan);
    }
}
