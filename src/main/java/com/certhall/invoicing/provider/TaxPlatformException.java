package com.certhall.invoicing.provider;

/**
 * The tax platform refused or could not be reached. {@code retryable}: an outage, a timeout or a busy answer, worth
 * trying again later; otherwise the request itself is wrong and staff must look at it.
 */
public class TaxPlatformException extends RuntimeException {

    private final String code;
    private final boolean retryable;

    public TaxPlatformException(String code, String message, boolean retryable) {
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
