package com.certhall.payments.provider;

import com.certhall.shared.ProblemException;

/**
 * The provider refused a call or did not answer. {@code code} is the provider's error code
 * ({@code SYSTEMERROR}, {@code ORDERPAID}, {@code TRADE_NOT_EXIST} ...); {@code retryable} whether trying again
 * later may succeed. Reaching a caller it is a 503 (retryable) or 502 naming the provider's code, never a 500.
 */
public class GatewayException extends ProblemException {

    private final String code;
    private final boolean retryable;

    public GatewayException(String code, String message, boolean retryable) {
        super(retryable ? 503 : 502, "payments.providerError", code + ": " + message, code);
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
