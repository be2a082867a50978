package com.certhall.payments.listeners;

import com.certhall.payments.RefundStarted;
import com.certhall.payments.domain.Refunds;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends a refund that was started (a late capture accepted from a provider callback, money that arrived for a
 * cancelled order) through the gateway after its transaction committed. Runs from the outbox, so a provider that is
 * down is asked again; a refund already completed by the request that started it is left as it is.
 */
@Component
class RefundAfterStart {

    private final Refunds refunds;

    RefundAfterStart(Refunds refunds) {
        this.refunds = refunds;
    }

    @Async
    @TransactionalEventListener
    void on(RefundStarted event) {
        refunds.complete(event.paymentId(), "system:payments");
    }
}
