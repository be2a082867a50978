package com.certhall.orders;

/** How a UKEY reaches the applicant: mailed to a recipient, picked up by the handler, or nothing to deliver. */
public record DeliveryInfo(Method method, String recipient, String phone, String address) {

    /** Delivery methods; cloud certificates need {@link #NONE}. */
    public enum Method {
        MAIL, PICKUP, NONE
    }

    public static DeliveryInfo none() {
        return new DeliveryInfo(Method.NONE, "", "", "");
    }
}
