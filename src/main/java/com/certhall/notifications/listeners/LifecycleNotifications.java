package com.certhall.notifications.listeners;

import com.certhall.lifecycle.PinCourier;
import com.certhall.lifecycle.PinDelivered;
import com.certhall.lifecycle.ShipmentDispatched;
import com.certhall.notifications.Notifier;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Messages for issued certificates: where a PIN sent by deposit memo went (the PIN itself travels with lifecycle's
 * couriers, see {@link SmsPinCourier}), and the carrier and tracking number of a shipped UKEY.
 */
@Component
class LifecycleNotifications {

    private final Notifier notifier;

    LifecycleNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    /** After a deposit memo, an SMS without the PIN tells the handler which account and memo to look for. */
    @ApplicationModuleListener
    void on(PinDelivered event) {
        if (event.channel() != PinCourier.Channel.DEPOSIT_MEMO) {
            return;
        }
        notifier.sms("certificate-pin-memo:" + event.deliveryId(), event.mobile(), "certificatePinByDeposit",
                event.locale(), event.orderNumber(), event.destination(), event.serialTail());
    }

    @ApplicationModuleListener
    void on(ShipmentDispatched event) {
        notifier.sms("shipment:" + event.orderNumber() + ":" + event.trackingNumber(), event.mobile(), "shipment",
                event.locale(), event.orderNumber(), event.carrier(), event.trackingNumber(), event.trackingUrl());
    }
}
