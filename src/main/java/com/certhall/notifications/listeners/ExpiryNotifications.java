package com.certhall.notifications.listeners;

import static com.certhall.notifications.listeners.MessageTimes.DAY;

import com.certhall.lifecycle.CertificateExpiring;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** An expiry reminder by SMS and e-mail to the order's handler, with the link to renew (docs/lifecycle.md). */
@Component
class ExpiryNotifications {

    private final HandlerMessages handlers;

    ExpiryNotifications(HandlerMessages handlers) {
        this.handlers = handlers;
    }

    @NotificationListener
    void on(CertificateExpiring event) {
        String serial = event.serialHex();
        handlers.send(event.order(), "certificate-expiring:" + serial + ":" + event.daysBefore(),
                "certificateExpiring", language -> new Object[] {event.subjectName(),
                        serial.substring(Math.max(0, serial.length() - 4)).toUpperCase(Locale.ROOT),
                        DAY.format(event.notAfter()), event.daysLeft(), event.renewUrl(), event.orderNumber()});
    }
}
