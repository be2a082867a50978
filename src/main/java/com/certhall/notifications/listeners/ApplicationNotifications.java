package com.certhall.notifications.listeners;

import static com.certhall.notifications.listeners.MessageTimes.MINUTE;

import com.certhall.notifications.Notifier;
import com.certhall.orders.OrderEvents.AuthorizationRequested;
import com.certhall.orders.OrderManagement;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** SMS for order events: the legal representative's link to sign the authorization letter online. */
@Component
class ApplicationNotifications {

    private final Notifier notifier;
    private final OrderManagement orders;

    ApplicationNotifications(Notifier notifier, OrderManagement orders) {
        this.notifier = notifier;
        this.orders = orders;
    }

    /** The link is read from the order now (the stored event carries none); a replaced or used link is not sent. */
    @NotificationListener
    void on(AuthorizationRequested event) {
        Optional<String> link = orders.authorizationLink(event.applicationId(), event.expiresAt());
        if (link.isEmpty()) {
            return;
        }
        notifier.sms("authorization:" + event.number() + ":" + event.expiresAt(), event.legalRepMobile(),
                "authorizationRequested", event.locale(), event.legalRepName(), event.organizationName(),
                event.handlerName(), event.number(), link.get(), MINUTE.format(event.expiresAt()));
    }
}
