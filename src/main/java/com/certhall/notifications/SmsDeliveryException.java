package com.certhall.notifications;

/** The SMS provider refused or failed a message; {@code retryable} says whether a later attempt may succeed. */
public class SmsDeliveryException extends RuntimeException {

    private final String code;
    private final boolean retryable;

    public SmsDeliveryException(String code, String message, boolean retryable) {
        super(code + ": " + message);
        this.code = code;
        this.retryable = retryable;
    }

    public String code() {
        return code;
    }

    public boolean retryable() {
        return retryable;
    }
}
