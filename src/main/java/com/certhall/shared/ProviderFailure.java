package com.certhall.shared;

/**
 * An external party (tax platform, SMS provider) refused or failed a request. {@code code} is its error code (or
 * {@code HTTP_<status>}, {@code NETWORK}); {@code retryable} says whether a later attempt may succeed (an outage, a
 * timeout, throttling) or the request itself is wrong. Each provider port names its own subclass.
 */
public abstract class ProviderFailure extends RuntimeException {

    private final String code;
    private final boolean retryable;

    protected ProviderFailure(String code, String message, boolean retryable) {
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
