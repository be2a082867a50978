package com.certhall.support.mobile;

import com.certhall.notifications.Notifier;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * SMS for lost-mobile requests. An approval needs none of its own: the accounts module's {@code MobileChanged}
 * tells the old and the new number.
 */
@Component
class MobileChangeNotifications {

    private final Notifier notifier;

    MobileChangeNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(MobileChangeEvents.Requested event) {
        notifier.sms("mobile-change-requested:" + event.requestId(), event.registeredMobile(),
                "supportMobileChangeRequested", event.locale());
    }

    @ApplicationModuleListener
    void on(MobileChangeEvents.Refused event) {
        notifier.sms("mobile-change-refused:" + event.requestId(), event.newMobile(), "supportMobileChangeRefused",
                event.locale(), event.reason());
    }
}
