package com.certhall.orders.domain;

import com.certhall.orders.OrderStatus;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * One order in progress per subject and channel (docs/architecture.md, "Where is X"): a second one is refused, naming
 * the first. An order whose certificates are issued is no longer in progress, even while its UKEY is on its way.
 */
@Component
class DuplicateGuard {

    private static final Set<OrderStatus> FINISHED = EnumSet.of(OrderStatus.ISSUED, OrderStatus.SHIPPED,
            OrderStatus.COMPLETED, OrderStatus.CANCELLED);

    private final Orders orders;

    DuplicateGuard(Orders orders) {
        this.orders = orders;
    }

    void check(Order order, String subjectKey) {
        orders.findForSubject(order.channel(), subjectKey, FINISHED).stream()
                .filter(other -> !other.id().equals(order.id()))
                .findFirst()
                .ifPresent(other -> {
                    throw new DuplicateOrderException(other.number());
                });
    }
}
