package com.certhall.payments.listeners;

import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderStatusChanged;
import com.certhall.payments.PaymentManagement;
import com.certhall.payments.PaymentView;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An order cancelled before issuance gets its money back: after the cancellation commits, paid payments are refunded
 * through the gateway and open ones are closed at the provider. Runs from the outbox, so a provider that is down is
 * tried again; refunding is idempotent, so a repeated delivery refunds nothing twice.
 */
@Component
class RefundOnCancellation {

    private static final Logger log = LoggerFactory.getLogger(RefundOnCancellation.class);

    private final PaymentManagement payments;

    RefundOnCancellation(PaymentManagement payments) {
        this.payments = payments;
    }

    @ApplicationModuleListener
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
