package com.certhall.notifications.listeners;

import com.certhall.lifecycle.PinCourier;
import com.certhall.notifications.Notifier;
import com.certhall.orders.OrderId;
import com.certhall.shared.Masking;
import org.springframework.stereotype.Component;

/**
 * Carries a certificate PIN for lifecycle by SMS ({@code certificatePin}) to the handler's verified mobile, the way
 * open to every order. Sent once per delivery id (the dedupe key); a provider outage is rethrown by the
 * {@link Notifier}, so lifecycle tries again later.
 */
@Component
class SmsPinCourier implements PinCourier {

    private final Notifier notifier;

    SmsPinCourier(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean serves(OrderId order) {
        return true;
    }

    @Override
    public Outcome carry(Parcel parcel) {
        // a UKEY's PIN says where the token comes from; only a cloud certificate's key is downloaded
        String template = switch (parcel.keyHome()) {
            case CLOUD_DOWNLOAD -> "certificatePin";
            case CLOUD_SIGNING -> "certificateSigningPin";
            case UKEY_BY_MAIL -> "certificatePinUkeyMail";
            case UKEY_AT_DESK -> "certificatePinUkeyPickup";
        };
        notifier.sms("certificate-pin:" + parcel.deliveryId(), parcel.mobile(), template, parcel.locale(),
                parcel.orderNumber(), parcel.pin());
        return new Delivered(Masking.mask(parcel.mobile(), 3, 4));
    }
}
