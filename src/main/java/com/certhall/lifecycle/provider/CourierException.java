package com.certhall.lifecycle.provider;

/**
 * The courier's tracking service refused or failed a question (credentials, signature, quota, an outage). Nothing
 * about the parcel is known from it; the delivery watch asks again on its next round.
 */
public class CourierException extends RuntimeException {

    private final String code;

    public CourierException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The provider's error code, or {@code HTTP_<status>} / {@code NETWORK}. */
    public String code() {
        return code;
    }
}
