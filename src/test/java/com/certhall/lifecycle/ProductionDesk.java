package com.certhall.lifecycle;

import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderView;
import com.certhall.support.Eventually;
import java.time.Duration;
import java.util.UUID;

/**
 * UKEY orders brought to the operator's production desk through the real facades (docs/architecture.md, the
 * lifecycle module): approved as {@link ApprovedOrders} does, awaited until the desk lists them, and produced.
 */
record ProductionDesk(OrderManagement orders, ProductionManagement production) {

    /** An approved plateau-trade UKEY order once the desk lists it ({@code MAIL} or {@code PICKUP}). */
    OrderView waiting(UUID account, String mobile, String uscc, String delivery) {
        OrderView order = new ApprovedOrders(orders).ukeyOrganization(account, mobile, uscc, delivery);
        Eventually.await("order at the desk", Duration.ofSeconds(30), production::open,
                l -> l.stream().anyMatch(p -> p.orderNumber().equals(order.number())));
        return order;
    }

    /** The {@link #waiting} order, produced by an operator. */
    OrderView produced(UUID account, String mobile, String uscc, String delivery) {
        OrderView order = waiting(account, mobile, uscc, delivery);
        production.produce(order.id(), "staff:operator");
        return order;
    }
}
