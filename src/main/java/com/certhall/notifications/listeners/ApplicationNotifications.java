package com.certhall.notifications.listeners;

import com.certhall.notifications.Notifier;
import com.certhall.orders.OrderEvents.AuthorizationRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** SMS for order events: the legal representative's link to sign the authorization letter online. */
@Component
class ApplicationNotifications {

    private final Notifier notifier;

    ApplicationNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(AuthorizationRequested event) {
        notifier.sms("authorization:" + event.number() + ":" + event.expiresAt(), event.legalRepMobile(),
                "authorizationRequested", event.locale(), event.legalRepName(), event.organizationName(),
                event.handlerName(), event.number(), event.link(), AccountNotifications.TIME.format(event.expiresAt()));
    }
}
