package com.certhall.lifecycle.provider;

import com.certhall.shared.InvalidInputException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The courier company's system: registers a parcel by its waybill (tracking) number, tells where to track it, and
 * whether it has been delivered.
 */
public interface Courier {

    /** Carriers the platform ships with, known by their code and by the names people call them. */
    enum Carrier {
        SF("SF\\d{12,13}", "顺丰", "顺丰速运", "SF Express"),
        EMS("[A-Z]{2}\\d{9}CN", "中国邮政", "中国邮政 EMS", "邮政", "China Post EMS"),
        JD("JD[0-9A-Z]{12,15}", "京东", "京东物流", "JD Logistics");

        private final Pattern waybill;
        private final String[] names;

        Carrier(String waybill, String... names) {
            this.waybill = Pattern.compile(waybill);
            this.names = names;
        }

        /**
         * Whether a waybill number has this carrier's format (SF: {@code SF} + 12–13 digits; EMS: two letters, nine
         * digits, {@code CN}; JD: {@code JD} + 12–15 digits/letters).
         */
        public boolean accepts(String trackingNumber) {
            return waybill.matcher(trackingNumber).matches();
        }

        /** Refuses a waybill number in the wrong format, naming the expected one. */
        public void requireWaybill(String trackingNumber) {
            if (!accepts(trackingNumber)) {
                throw InvalidInputException.of("trackingNumber", "format",
                        "lifecycle.validation.trackingNumber." + name(), "trackingNumber", name());
            }
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

    /**
     * When the parcel was signed for at its destination; empty while it is on its way (or not yet known to the
     * carrier). A provider that refuses the question (credentials, signature, quota) throws; the caller asks again
     * later.
     */
    Optional<Instant> deliveredAt(Carrier carrier, String trackingNumber);
}
