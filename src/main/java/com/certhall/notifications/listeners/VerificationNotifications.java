package com.certhall.notifications.listeners;

import com.certhall.notifications.Notifier;
import com.certhall.verification.FaceLinkRequested;
import com.certhall.verification.VerificationManagement;
import org.springframework.stereotype.Component;

/**
 * SMS for identity verification: the face-check link sent to the person who must show his face. The stored event
 * names the check only; the link is read from verification now, and a check already decided or expired sends
 * nothing (docs/security.md, "Secrets").
 */
@Component
class VerificationNotifications {

    private final Notifier notifier;
    private final VerificationManagement verifications;

    VerificationNotifications(Notifier notifier, VerificationManagement verifications) {
        this.notifier = notifier;
        this.verifications = verifications;
    }

    @NotificationListener
    void on(FaceLinkRequested event) {
        verifications.faceLinkToSend(event.verificationId()).ifPresent(link -> notifier.sms(
                "face-link:" + event.verificationId() + ":" + event.at(), event.mobile(), "faceLink", event.locale(),
                link));
    }
}
