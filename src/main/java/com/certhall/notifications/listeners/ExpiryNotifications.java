package com.certhall.notifications.listeners;

import com.certhall.lifecycle.CertificateExpiring;
import com.certhall.notifications.Notifier;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.Subject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** An expiry reminder by SMS and e-mail to the order's handler, with the link to renew (docs/lifecycle.md). */
@Component
class ExpiryNotifications {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Notifier notifier;
    private final OrderManagement orders;

    ExpiryNotifications(Notifier notifier, OrderManagement orders) {
        this.notifier = notifier;
        this.orders = orders;
    }

    @NotificationListener
    void on(CertificateExpiring event) {
        OrderDetails order = orders.details(event.order());
        Subject subject = order.draft().subject();
        if (subject == null) {
            return;
        }
        Locale language = order.order().language();
        Subject.Party handler = subject.handler();
        String serial = event.serialHex();
        Object[] args = {event.subjectName(), serial.substring(Math.max(0, serial.length() - 4))
                .toUpperCase(Locale.ROOT), DAY.format(event.notAfter()), event.daysLeft(), event.renewUrl(),
                event.orderNumber()};
        String key = "certificate-expiring:" + serial + ":" + event.daysBefore();
        notifier.sms(key + ":sms", handler.mobile(), "certificateExpiring", language, args);
        if (handler.email() != null && !handler.email().isBlank()) {
            notifier.email(key + ":email", handler.email(), "certificateExpiring", language, args);
        }
    }
}
