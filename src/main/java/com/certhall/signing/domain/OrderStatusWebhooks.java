package com.certhall.signing.domain;

import com.certhall.orders.OrderStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the partner platforms of a channel that an order of that channel moved (docs/signing.md, "Webhooks"): after
 * the move commits, an {@code order.status_changed} call is queued for each client that may read orders and has a
 * webhook; the worker sends it signed as every webhook.
 */
@Component
class OrderStatusWebhooks {

    private final PartnerWebhooks webhooks;

    OrderStatusWebhooks(PartnerWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @ApplicationModuleListener
    void on(OrderStatusChanged event) {
        webhooks.orderStatusChanged(event.channel(), event.applicationId().id(), event.number(), event.from().name(),
                event.to().name(), event.at());
    }
}
