package com.certhall.lifecycle;

import com.certhall.orders.OrderId;
import java.util.Locale;
import java.util.UUID;

/**
 * The PIN of a server-made key is sealed and ready to go to the holder. Lifecycle itself hands it over after commit
 * ({@code lifecycle.domain.PinHandOver}, through a {@link PinCourier}); as an event publication the hand-over is
 * retried until a courier has carried it. It carries no PIN.
 *
 * @param order  the order the certificate was issued for
 * @param mobile the handler's verified mobile
 */
public record PinReady(UUID deliveryId, OrderId order, String orderNumber, String serialHex, String mobile,
        Locale locale) {

    @Override
    public String toString() {
        return "PinReady[" + deliveryId + ", " + orderNumber + ", " + serialHex + "]";
    }
}
