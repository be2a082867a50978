package com.certhall.payments.listeners;

import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderStatusChanged;
import com.certhall.payments.PaymentManagement;
import com.certhall.payments.PaymentView;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An order cancelled before issuance gets its money back: after the cancellation commits, open payments are closed
 * at the provider and paid ones refunded through the gateway. The cancelling request does the same at once
 * ({@link CloseOnCancellation}); this follow-up runs from the outbox, so a provider that was down is tried again.
 * Every step is idempotent, so a repeated delivery refunds nothing twice. It runs without a transaction of its own:
 * each step commits by itself, and provider calls never sit inside one.
 */
@Component
class RefundOnCancellation {

    private static final Logger log = LoggerFactory.getLogger(RefundOnCancellation.class);

    private final PaymentManagement payments;

    RefundOnCancellation(PaymentManagement payments) {
        this.payments = payments;
    }

    @Async
    @TransactionalEventListener
    void on(OrderStatusChanged event) {
        if (event.to() != OrderStatus.CANCELLED) {
            return;
        }
        String reason = event.note() == null || event.note().isBlank() ? "order cancelled" : event.note();
        List<PaymentView> refunded = payments.refund(event.applicationId(), reason, "system:payments");
        if (!refunded.isEmpty()) {
            log.info("Refunded {} payment(s) of cancelled order {}", refunded.size(), event.number());
        }
    }
}
