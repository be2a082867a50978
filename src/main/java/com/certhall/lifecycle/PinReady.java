package com.certhall.lifecycle;

import com.certhall.orders.OrderId;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The PIN of a server-made key is sealed and ready to go to the holder. Lifecycle itself hands it over after commit
 * ({@code lifecycle.domain.PinHandOver}, through a {@link PinCourier}); as an event publication the hand-over is
 * retried until a courier has carried it. It carries no PIN.
 *
 * @param order  the order the certificate was issued for
 * @param mobile  the handler's verified mobile
 * @param keyHome where the key lives; null in publications made before it was recorded (then a cloud certificate)
 */
public record PinReady(UUID deliveryId, OrderId order, String orderNumber, String serialHex, String mobile,
        Locale locale, PinCourier.@Nullable KeyHome keyHome) {

    @Override
    public String toString() {
        return "PinReady[" + deliveryId + ", " + orderNumber + ", " + serialHex + "]";
    }
}
