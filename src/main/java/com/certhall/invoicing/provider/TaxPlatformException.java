package com.certhall.invoicing.provider;

import com.certhall.shared.ProviderFailure;

/**
 * The tax platform refused or could not be reached. {@code retryable}: an outage, a timeout or a busy answer, worth
 * trying again later; otherwise the request itself is wrong and staff must look at it.
 */
public class TaxPlatformException extends ProviderFailure {

    public TaxPlatformException(String code, String message, boolean retryable) {
        super(code, message, retryable);
    }
}
