package com.certhall.payments.domain;

import com.certhall.payments.PaymentId;
import com.certhall.payments.provider.PaymentGateway;
import com.certhall.payments.provider.PaymentGateways;
import java.time.Clock;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expires unpaid QR payments past their time limit: each is first closed at the provider (outside any
 * transaction), so it can no longer be paid, then marked expired. A payment the provider reports as paid meanwhile
 * is applied as the provider's report of it (its callback then changes nothing). ShedLock makes one node do it.
 */
@Component
public class PaymentExpiry {

    private static final Logger log = LoggerFactory.getLogger(PaymentExpiry.class);

    private final Payments payments;
    private final PaymentGateways gateways;
    private final ProviderReports reports;
    private final TransactionTemplate tx;
    private final Clock clock;

    PaymentExpiry(Payments payments, PaymentGateways gateways, ProviderReports reports, TransactionTemplate tx,
            Clock clock) {
        this.payments = payments;
        this.gateways = gateways;
        this.reports = reports;
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
            if (gateways.require(candidate.method()).close(id, candidate.method()) instanceof PaymentGateway.Closing.Paid paid) {
                OnConflict.retry(() -> reports.confirm(candidate.method(), id, paid.transactionId(), paid.amount()));
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
