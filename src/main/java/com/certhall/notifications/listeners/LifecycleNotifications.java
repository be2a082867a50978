package com.certhall.notifications.listeners;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.PinReady;
import com.certhall.lifecycle.ShipmentDispatched;
import com.certhall.notifications.Notifier;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * SMS for issued certificates: the PIN of a server-made key goes to the handler's verified mobile (the event does
 * not carry the PIN; it is fetched here once and wiped by lifecycle when the message is out), and the tracking number
 * of a shipped UKEY.
 */
@Component
class LifecycleNotifications {

    private final Notifier notifier;
    private final CertificateManagement certificates;

    LifecycleNotifications(Notifier notifier, CertificateManagement certificates) {
        this.notifier = notifier;
        this.certificates = certificates;
    }

    @ApplicationModuleListener
    void on(PinReady event) {
        certificates.pinFor(event.deliveryId()).ifPresent(pin -> {
            notifier.sms("certificate-pin:" + event.deliveryId(), event.mobile(), "certificatePin", event.locale(),
                    event.orderNumber(), pin);
            certificates.pinDelivered(event.deliveryId(), "SMS");
        });
    }

    @ApplicationModuleListener
    void on(ShipmentDispatched event) {
        notifier.sms("shipment:" + event.orderNumber() + ":" + event.trackingNumber(), event.mobile(), "shipment",
                event.locale(), event.orderNumber(), event.carrier(), event.trackingNumber(), event.trackingUrl());
    }
}
