package com.certhall.lifecycle;

import com.certhall.orders.OrderId;
import java.util.Locale;
import java.util.UUID;

/**
 * The PIN of a server-made key is ready to go to the holder — by SMS, or in a deposit memo when the order's
 * organisation was verified by micro-deposit (the listener asks verification, which lifecycle does not know). It
 * carries no PIN: the listener fetches it once through {@link CertificateManagement#pinFor} and reports the delivery
 * with {@link CertificateManagement#pinDelivered}, which wipes it.
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
