package com.certhall.lifecycle.provider;

/** The courier company's system: registers a parcel by its waybill (tracking) number and tells where to track it. */
public interface Courier {

    /** Carriers the platform ships with. */
    enum Carrier {
        SF, EMS, JD
    }

    /**
     * Registers the parcel of an order; a tracking number in the wrong format for the carrier is refused
     * ({@code shared.InvalidInputException} on {@code trackingNumber}).
     *
     * @param destination the city or district it goes to (no names or phone numbers)
     * @return the public URL where the parcel can be tracked
     */
    String register(Carrier carrier, String trackingNumber, String orderNumber, String destination);
}
