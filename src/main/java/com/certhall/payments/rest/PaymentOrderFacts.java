package com.certhall.payments.rest;

import com.certhall.orders.OrderFacts;
import com.certhall.orders.OrderId;
import com.certhall.payments.PaymentManagement;
import com.certhall.payments.PaymentView;
import com.certhall.payments.domain.PaymentChanges;
import com.certhall.shared.KeptPerNode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The order's newest payment, as the order's JSON shows it ({@code payment}), kept per node for {@link #KEPT} and
 * dropped by every write of a payment ({@link PaymentChanges}; docs/architecture.md, "Caches per node").
 */
@Component
class PaymentOrderFacts implements OrderFacts {

    /** How long another node's write of a payment may go unseen here. */
    static final Duration KEPT = Duration.ofSeconds(2);

    private final PaymentManagement payments;
    private final KeptPerNode<OrderId, Optional<PaymentFact>> kept;

    PaymentOrderFacts(PaymentManagement payments, PaymentChanges changes) {
        this.payments = payments;
        this.kept = changes.keep(KEPT, 20_000);
    }

    @Override
    public Optional<PaymentFact> payment(OrderId order) {
        return Objects.requireNonNull(kept.getUnlessWriting(order, () -> payments.ofOrder(order).stream().findFirst()
                .map(PaymentOrderFacts::fact)));
    }

    private static PaymentFact fact(PaymentView p) {
        return new PaymentFact(p.id().toString(), p.method().name(), p.status().name(), p.amount().fen(),
                p.paidAt());
    }
}
