package com.certhall.notifications;

import com.certhall.shared.ProviderFailure;

/** The SMS provider refused or failed a message; {@code retryable} says whether a later attempt may succeed. */
public class SmsDeliveryException extends ProviderFailure {

    public SmsDeliveryException(String code, String message, boolean retryable) {
        super(code, message, retryable);
    }
}
