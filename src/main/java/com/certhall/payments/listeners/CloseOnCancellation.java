package com.certhall.payments.listeners;

import com.certhall.orders.OrderFacts.CancellationFollowUp;
import com.certhall.orders.OrderView;
import com.certhall.payments.PaymentManagement;
import org.springframework.stereotype.Component;

/**
 * In the request that cancels an order: its open QR payments are closed at the provider before the applicant gets
 * the answer, so the cashier refuses to take money for a cancelled order, and what was paid goes back at once
 * (docs/security.md, "Money"). {@link RefundOnCancellation} repeats it from the outbox if the provider was down.
 */
@Component
class CloseOnCancellation implements CancellationFollowUp {

    private final PaymentManagement payments;

    CloseOnCancellation(PaymentManagement payments) {
        this.payments = payments;
    }

    @Override
    public void cancelled(OrderView order, String reason, String actor) {
        payments.refund(order.id(), reason.isBlank() ? "order cancelled" : reason, actor);
    }
}
