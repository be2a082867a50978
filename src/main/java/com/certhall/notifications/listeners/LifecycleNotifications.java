package com.certhall.notifications.listeners;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.PinReady;
import com.certhall.notifications.Notifier;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * SMS for issued certificates: the PIN of a server-made key goes to the handler's verified mobile. The event does
 * not carry the PIN; it is fetched here once and wiped by lifecycle when the message is out.
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
}
