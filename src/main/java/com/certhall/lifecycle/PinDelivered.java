package com.certhall.lifecycle;

import java.util.Locale;
import java.util.UUID;

/**
 * The PIN of a server-made key reached its holder (and was wiped here): by {@code channel} to the masked
 * {@code destination}. Carries no PIN. After a deposit memo the handler is told by SMS where to look.
 *
 * @param serialHex the certificate's serial
 * @param mobile    the handler's verified mobile
 */
public record PinDelivered(UUID deliveryId, String orderNumber, String serialHex, PinCourier.Channel channel,
        String destination, String mobile, Locale locale) {

    /** The last four digits of the serial, upper case, as the deposit memo names the certificate. */
    public String serialTail() {
        return serialHex.substring(Math.max(0, serialHex.length() - 4)).toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "PinDelivered[" + deliveryId + ", " + orderNumber + ", " + serialHex + ", " + channel + "]";
    }
}
