package com.certhall.verification.jobs;

import com.certhall.verification.VerificationManagement;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes pending cases whose time is up (a micro-deposit goes to manual review, as
 * {@link com.certhall.verification.domain.MicroDepositPolicy} says) even when nobody looks at them; once per interval
 * across all nodes.
 */
@Component
class VerificationTimeouts {

    private static final Logger log = LoggerFactory.getLogger(VerificationTimeouts.class);

    private final VerificationManagement verifications;

    VerificationTimeouts(VerificationManagement verifications) {
        this.verifications = verifications;
    }

    @Scheduled(fixedDelayString = "${certhall.verification.timeout-sweep:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "verification-timeouts", lockAtMostFor = "PT4M")
    void sweep() {
        int closed = verifications.expireOverdue();
        if (closed > 0) {
            log.info("closed {} overdue verification cases", closed);
        }
    }
}
