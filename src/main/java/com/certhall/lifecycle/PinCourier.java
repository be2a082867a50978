package com.certhall.lifecycle;

import com.certhall.orders.OrderId;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A way the PIN of a server-made key can travel to its holder. Lifecycle owns the hand-over and decides which way
 * is taken (docs/lifecycle.md, "PIN of a server-made key"): it asks the couriers in the order of
 * {@link Channel} — the first that {@linkplain #serves serves} the order carries the PIN; one that is refused for
 * good passes it on to the next. Other modules implement this port: {@code verification} for the deposit memo (it
 * knows how the order was verified), {@code notifications} for the SMS.
 */
public interface PinCourier {

    /** The ways a PIN travels, in lifecycle's order of preference. */
    enum Channel {
        /** In the memo of a 0.01 CNY deposit to the company account verified by micro-deposit (BJCA-QH rule). */
        DEPOSIT_MEMO,
        /** By SMS to the handler's verified mobile; serves every order. */
        SMS
    }

    /** Where the key whose PIN travels lives, so the message tells the holder how to get to it. */
    enum KeyHome {
        /** A cloud certificate issued before keys stayed in custody (publications of then): a PKCS#12 to download. */
        CLOUD_DOWNLOAD,
        /**
         * A cloud certificate in publications made before its holder set the signing PIN on activation; lifecycle no
         * longer hands over a cloud certificate's PIN (docs/signing.md).
         */
        CLOUD_SIGNING,
        /** Written onto a UKEY that is mailed to the order's delivery address. */
        UKEY_BY_MAIL,
        /** Written onto a UKEY that the handler collects in person. */
        UKEY_AT_DESK
    }

    Channel channel();

    /** Whether this way is open to the order's PIN (the deposit memo only after a corporate micro-deposit). */
    boolean serves(OrderId order);

    /**
     * Carries the PIN once per delivery id: asked again for the same parcel, it answers as the first time and sends
     * nothing more.
     *
     * @return delivered, or refused for good (lifecycle then takes the next way)
     * @throws RuntimeException when the party that carries it does not answer; nothing is delivered and lifecycle
     *                          tries again later
     */
    Outcome carry(Parcel parcel);

    /**
     * One PIN to carry. Holds the PIN and the mobile in full for the courier; its {@code toString()} shows neither.
     *
     * @param serialHex the certificate's serial; its last four digits tell an order's several PINs apart
     * @param mobile    the handler's verified mobile
     * @param keyHome   where the key lives (a UKEY's key never leaves the token); cloud when unknown
     */
    record Parcel(UUID deliveryId, OrderId order, String orderNumber, String serialHex, String pin, String mobile,
            Locale locale, KeyHome keyHome) {

        public Parcel {
            keyHome = keyHome == null ? KeyHome.CLOUD_DOWNLOAD : keyHome;
            Objects.requireNonNull(deliveryId, "deliveryId");
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(pin, "pin");
            Objects.requireNonNull(mobile, "mobile");
        }

        @Override
        public String toString() {
            return "Parcel[" + deliveryId + ", " + orderNumber + ", " + serialHex + "]";
        }
    }

    /** What became of a parcel. */
    sealed interface Outcome {
    }

    /** @param destination where the PIN went, masked ({@code 138****0000}, {@code 中国工商银行北京分行 ****3456}) */
    record Delivered(String destination) implements Outcome {
    }

    /**
     * @param destination where it was to go, masked
     * @param reason      why, as the party said it ({@code ACCOUNT_CLOSED}, {@code SUBJECT_CHANGED} ...)
     */
    record Refused(String destination, String reason) implements Outcome {
    }
}
