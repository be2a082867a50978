package com.certhall.notifications.listeners;

import static com.certhall.notifications.listeners.MessageTimes.MINUTE;

import com.certhall.lifecycle.CloudCertificateIssued;
import com.certhall.lifecycle.HeldCertificateRevoked;
import com.certhall.lifecycle.PinCourier;
import com.certhall.lifecycle.PinDelivered;
import com.certhall.lifecycle.ShipmentDispatched;
import com.certhall.notifications.Notifier;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Messages for issued certificates: the activation link of a cloud certificate (no PIN: the holder sets it there),
 * where a PIN sent by deposit memo went (the PIN itself travels with lifecycle's couriers, see
 * {@link SmsPinCourier}), the carrier and tracking number of a shipped UKEY, and a revocation (SMS and
 * e-mail to the order's handler).
 */
@Component
class LifecycleNotifications {

    private final Notifier notifier;
    private final HandlerMessages handlers;
    private final MessageSource messages;

    LifecycleNotifications(Notifier notifier, HandlerMessages handlers, MessageSource messages) {
        this.notifier = notifier;
        this.handlers = handlers;
        this.messages = messages;
    }

    /** A cloud certificate's holder is sent to its activation page, by SMS and e-mail; no message carries a PIN. */
    @NotificationListener
    void on(CloudCertificateIssued event) {
        handlers.send(event.order(), "certificate-activation:" + event.serialHex(), "certificateActivation",
                language -> new Object[] {event.orderNumber(), event.subjectName(), event.serialTail(),
                        event.activationUrl()});
    }

    /** After a deposit memo, an SMS without the PIN tells the handler which account and memo to look for. */
    @NotificationListener
    void on(PinDelivered event) {
        if (event.channel() != PinCourier.Channel.DEPOSIT_MEMO) {
            return;
        }
        notifier.sms("certificate-pin-memo:" + event.deliveryId(), event.mobile(), "certificatePinByDeposit",
                event.locale(), event.orderNumber(), event.destination(), event.serialTail());
    }

    @NotificationListener
    void on(ShipmentDispatched event) {
        notifier.sms("shipment:" + event.orderNumber() + ":" + event.trackingNumber(), event.mobile(), "shipment",
                event.locale(), event.orderNumber(), event.carrier(), event.trackingNumber(), event.trackingUrl());
    }

    /** The holder learns of a revocation at once, whoever made it: the certificate must not be relied on any more. */
    @NotificationListener
    void on(HeldCertificateRevoked event) {
        String serial = event.serialHex();
        handlers.send(event.order(), "certificate-revoked:" + serial, "certificateRevoked",
                language -> new Object[] {event.orderNumber(), event.subjectName(),
                        serial.substring(Math.max(0, serial.length() - 4)).toUpperCase(Locale.ROOT),
                        MINUTE.format(event.at()),
                        messages.getMessage("lifecycle.reason." + event.reason(), null, event.reason(), language)});
    }
}
