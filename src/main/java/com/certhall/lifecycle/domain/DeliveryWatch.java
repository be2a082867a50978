package com.certhall.lifecycle.domain;

import com.certhall.orders.OrderId;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completes shipped UKEY orders once the courier reports the parcel signed for (docs/lifecycle.md, "UKEY
 * production and shipping"), so an order never stays "shipped" for good when its holder does not confirm receipt.
 * One node at a time; each order in a transaction of its own, so one courier failure leaves the others done.
 */
@Component
public class DeliveryWatch {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWatch.class);

    private final ProductionDesk desk;

    DeliveryWatch(ProductionDesk desk) {
        this.desk = desk;
    }

    @Scheduled(fixedDelayString = "${certhall.lifecycle.delivery-check-interval:PT15M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "lifecycle-delivery-watch", lockAtMostFor = "PT10M")
    void sweep() {
        completeDelivered();
    }

    /** Asks the courier about every order on its way; answers how many were delivered. */
    public int completeDelivered() {
        int delivered = 0;
        for (OrderId id : desk.onTheirWay()) {
            try {
                if (desk.checkDelivery(id)) {
                    delivered++;
                }
            } catch (RuntimeException e) {
                log.warn("delivery of order {} not checked: {}", id, e.toString());
            }
        }
        return delivered;
    }
}
