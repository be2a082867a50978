package com.certhall.payments.provider;

/**
 * The provider refused a call or did not answer. {@code code} is the provider's error code
 * ({@code SYSTEMERROR}, {@code ORDERPAID}, {@code TRADE_NOT_EXIST} ...); {@code retryable} whether trying again
 * later may succeed.
 */
public class GatewayException extends RuntimeException {

    private final String code;
    private final boolean retryable;

    public GatewayException(String code, String message, boolean retryable) {
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
