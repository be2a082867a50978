package com.certhall.notifications.listeners;

import com.certhall.lifecycle.PinReady;
import com.certhall.lifecycle.ShipmentDispatched;
import com.certhall.notifications.Notifier;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Messages for issued certificates: the PIN of a server-made key (by SMS or deposit memo, see {@link PinHandOver}),
 * and the carrier and tracking number of a shipped UKEY.
 */
@Component
class LifecycleNotifications {

    private final Notifier notifier;
    private final PinHandOver pins;

    LifecycleNotifications(Notifier notifier, PinHandOver pins) {
        this.notifier = notifier;
        this.pins = pins;
    }

    @ApplicationModuleListener
    void on(PinReady event) {
        pins.deliver(event);
    }

    @ApplicationModuleListener
    void on(ShipmentDispatched event) {
        notifier.sms("shipment:" + event.orderNumber() + ":" + event.trackingNumber(), event.mobile(), "shipment",
                event.locale(), event.orderNumber(), event.carrier(), event.trackingNumber(), event.trackingUrl());
    }
}
