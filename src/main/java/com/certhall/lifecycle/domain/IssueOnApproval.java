package com.certhall.lifecycle.domain;

import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** An order reached APPROVED (reviewed and paid): its cloud certificates are issued at once. */
@Component
class IssueOnApproval {

    private static final Logger log = LoggerFactory.getLogger(IssueOnApproval.class);

    private final IssuanceDriver driver;
    private final Issuances issuances;

    IssueOnApproval(IssuanceDriver driver, Issuances issuances) {
        this.driver = driver;
        this.issuances = issuances;
    }

    @ApplicationModuleListener
    void on(OrderStatusChanged event) {
        if (event.to() != OrderStatus.APPROVED) {
            return;
        }
        try {
            driver.approved(event.applicationId());
        } catch (RuntimeException e) {
            if (!issuances.existsById(event.applicationId().id())) {
                throw e; // nothing started: the event publication stays incomplete and is resubmitted
            }
            // the order stays in ISSUING with its issuance row; IssuanceRecovery drives it again
            log.warn("issuance of order {} stopped, the recovery job will continue it: {}", event.number(),
                    e.toString());
        }
    }
}
