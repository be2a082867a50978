package com.certhall.payments.domain;

import com.certhall.payments.PaymentId;
import java.time.Clock;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expires unpaid QR payments past their time limit: each is first closed at the provider
 * ({@link OpenPayments#closeAtProvider}), so it can no longer be paid, then marked expired. A payment the provider
 * reports as paid meanwhile is applied as the provider's report of it (its callback then changes nothing). ShedLock
 * makes one node do it.
 */
@Component
public class PaymentExpiry {

    private static final Logger log = LoggerFactory.getLogger(PaymentExpiry.class);

    private final Payments payments;
    private final OpenPayments open;
    private final TransactionTemplate tx;
    private final Clock clock;

    PaymentExpiry(Payments payments, OpenPayments open, TransactionTemplate tx, Clock clock) {
        this.payments = payments;
        this.open = open;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${certhall.payments.expiry-interval:PT30S}", initialDelayString = "${certhall.payments.expiry-initial-delay:PT20S}")
    @SchedulerLock(name = "payments-expiry", lockAtMostFor = "PT5M")
    public void run() {
        int expired = expireOverdue();
        if (expired > 0) {
            log.info("Expired {} unpaid payments", expired);
        }
    }

    /** Expires every overdue payment; returns how many. */
    public int expireOverdue() {
        int count = 0;
        for (UUID id : payments.findOverdue(clock.instant())) {
            if (expireOne(new PaymentId(id))) {
                count++;
            }
        }
        return count;
    }

    private boolean expireOne(PaymentId id) {
        Payment candidate = payments.findById(id.id()).orElseThrow();
        try {
            if (open.closeAtProvider(candidate)) {
                return false;
            }
        } catch (RuntimeException e) {
            log.warn("Could not close payment {} at the provider; will try again: {}", id, e.getMessage());
            return false;
        }
        Boolean done = tx.execute(s -> {
            Payment p = payments.findById(id.id()).orElseThrow();
            if (!p.isOverdue(clock.instant())) {
                return false;
            }
            p.expire(clock.instant());
            payments.save(p);
            return true;
        });
        return Boolean.TRUE.equals(done);
    }
}
