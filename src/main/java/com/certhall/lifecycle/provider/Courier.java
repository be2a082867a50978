package com.certhall.lifecycle.provider;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The courier company's system: registers a parcel by its waybill (tracking) number, tells where to track it, and
 * whether it has been delivered.
 */
public interface Courier {

    /** Carriers the platform ships with, known by their code and by the names people call them. */
    enum Carrier {
        SF("顺丰", "顺丰速运", "SF Express"),
        EMS("中国邮政", "中国邮政 EMS", "邮政", "China Post EMS"),
        JD("京东", "京东物流", "JD Logistics");

        private final String[] names;

        Carrier(String... names) {
            this.names = names;
        }

        /** The carrier by its code or one of its names, case and spaces ignored. */
        public static Optional<Carrier> parse(String raw) {
            String wanted = squeezed(raw);
            return Arrays.stream(values()).filter(c -> squeezed(c.name()).equals(wanted)
                    || Arrays.stream(c.names).anyMatch(n -> squeezed(n).equals(wanted))).findFirst();
        }

        private static String squeezed(String s) {
            return s.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        }
    }

    /**
     * Registers the parcel of an order; a tracking number in the wrong format for the carrier is refused
     * ({@code shared.InvalidInputException} on {@code trackingNumber}, message key
     * {@code lifecycle.validation.trackingNumber.<carrier>} naming the expected format).
     *
     * @param destination the city or district it goes to (no names or phone numbers)
     * @return the public URL where the parcel can be tracked
     */
    String register(Carrier carrier, String trackingNumber, String orderNumber, String destination);

    /** When the parcel was signed for at its destination; empty while it is on its way (or unknown). */
    Optional<Instant> deliveredAt(String trackingNumber);
}
