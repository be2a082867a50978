package com.certhall.payments.rest;

import com.certhall.orders.OrderFacts;
import com.certhall.orders.OrderId;
import com.certhall.payments.PaymentManagement;
import com.certhall.payments.PaymentView;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The order's newest payment, as the order's JSON shows it ({@code payment}). */
@Component
class PaymentOrderFacts implements OrderFacts {

    private final PaymentManagement payments;

    PaymentOrderFacts(PaymentManagement payments) {
        this.payments = payments;
    }

    @Override
    public Optional<PaymentFact> payment(OrderId order) {
        return payments.ofOrder(order).stream().findFirst().map(PaymentOrderFacts::fact);
    }

    private static PaymentFact fact(PaymentView p) {
        return new PaymentFact(p.id().toString(), p.method().name(), p.status().name(), p.amount().fen(),
                p.paidAt());
    }
}
