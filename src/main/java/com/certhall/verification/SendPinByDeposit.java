package com.certhall.verification;

import com.certhall.orders.OrderId;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Sends the certificate PIN of a server-made key in the memo of a 0.01 CNY deposit to the company account the
 * order's organisation was verified with. {@code deliveryId} (lifecycle's PIN delivery) keys the payment: asked
 * again, nothing more is paid. Its {@code toString()} leaves the PIN out.
 *
 * @param serialHex the certificate's serial; its last four digits go into the memo, so an order's several PINs can
 *                  be told apart
 */
public record SendPinByDeposit(UUID deliveryId, OrderId order, String pin, String serialHex) {

    public SendPinByDeposit {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(order, "order");
        if (pin == null || !pin.matches("\\d{6,8}")) {
            throw new IllegalArgumentException("the PIN must be 6 to 8 digits");
        }
        if (serialHex == null || !serialHex.matches("[0-9a-fA-F]{4,64}")) {
            throw new IllegalArgumentException("serialHex must be hexadecimal");
        }
    }

    /** The last four digits of the serial, upper case: the memo's and the notice's tag. */
    public String serialTail() {
        return serialHex.substring(serialHex.length() - 4).toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "SendPinByDeposit[" + deliveryId + ", " + order + ", " + serialHex + "]";
    }
}
