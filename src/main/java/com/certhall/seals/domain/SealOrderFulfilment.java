package com.certhall.seals.domain;

import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderStatusChanged;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.seals.SealView;
import com.certhall.shared.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A seal order (补章, 变章; docs/seals.md "Seal orders") reached APPROVED, reviewed and paid in its channel's flow: its
 * seal is made by the seal maker (for 变章 the old seal ends) and the order is done. After commit, in its own
 * transaction; once per order. A seal or certificate that ended after the order started leaves the order approved
 * for staff (logged); any other failure leaves the publication incomplete, so it is delivered again.
 */
@Component
class SealOrderFulfilment {

    private static final Logger log = LoggerFactory.getLogger(SealOrderFulfilment.class);
    static final String ACTOR = "system:seals";

    private final OrderManagement orders;
    private final SealChanges changes;

    SealOrderFulfilment(OrderManagement orders, SealChanges changes) {
        this.orders = orders;
        this.changes = changes;
    }

    @ApplicationModuleListener
    void on(OrderStatusChanged event) {
        if (event.to() != OrderStatus.APPROVED) {
            return;
        }
        OrderDetails order = orders.details(event.applicationId());
        if (!order.order().type().seal() || order.order().status() != OrderStatus.APPROVED) {
            return;
        }
        OrderView.SealRequest request = orders.sealRequest(order.id()).orElseThrow();
        try {
            SealView made = changes.forOrder(order, request, order.order().type() == OrderType.SEAL_CHANGE,
                    "order:" + order.order().number());
            log.info("seal {} made for order {}", made.esId(), order.order().number());
        } catch (ConflictException e) {
            log.warn("seal order {} cannot be carried out, it stays approved for staff: {}", order.order().number(),
                    e.getMessage());
            return;
        }
        orders.complete(order.id(), ACTOR);
    }
}
