package com.certhall.lifecycle;

import java.util.Locale;
import java.util.UUID;

/**
 * The PIN of a server-made key is ready to go to the holder by SMS. It carries no PIN: the listener fetches it once
 * through {@link CertificateManagement#pinFor} and reports the delivery with
 * {@link CertificateManagement#pinDelivered}, which wipes it.
 *
 * @param mobile the handler's verified mobile
 */
public record PinReady(UUID deliveryId, String orderNumber, String serialHex, String mobile, Locale locale) {

    @Override
    public String toString() {
        return "PinReady[" + deliveryId + ", " + orderNumber + ", " + serialHex + "]";
    }
}
