package com.certhall.notifications.listeners;

import com.certhall.notifications.Notifier;
import com.certhall.verification.FaceLinkRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** SMS for identity verification: the face-check link sent to the person who must show his face. */
@Component
class VerificationNotifications {

    private final Notifier notifier;

    VerificationNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(FaceLinkRequested event) {
        notifier.sms("face-link:" + event.verificationId() + ":" + event.at(), event.mobile(), "faceLink",
                event.locale(), event.url());
    }
}
