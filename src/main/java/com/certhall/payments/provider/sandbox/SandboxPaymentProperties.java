package com.certhall.payments.provider.sandbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The simulated provider's settings.
 *
 * @param secret        the key shared with the merchant for HMAC-SHA256 signatures of notifications
 * @param merchantId    the merchant number the provider gave this platform ({@code mch_id})
 * @param apiDelay      how long a call to the provider takes
 * @param notifyDelay   how long after payment the first notification is sent
 * @param retryDelay    the first retry delay when the merchant did not acknowledge; doubled on each attempt
 * @param maxAttempts   how many times a notification is sent before the provider gives up
 * @param maxAmountFen  the largest amount one order may have ({@code TOTAL_FEE_EXCEED} above it)
 */
@ConfigurationProperties("certhall.payments.sandbox")
public record SandboxPaymentProperties(String secret, String merchantId, Duration apiDelay, Duration notifyDelay,
        Duration retryDelay, int maxAttempts, long maxAmountFen) {

    public SandboxPaymentProperties {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("certhall.payments.sandbox.secret needs at least 16 characters");
        }
        merchantId = merchantId == null ? "1900000109" : merchantId;
        apiDelay = apiDelay == null ? Duration.ofMillis(30) : apiDelay;
        notifyDelay = notifyDelay == null ? Duration.ofMillis(500) : notifyDelay;
        retryDelay = retryDelay == null ? Duration.ofSeconds(2) : retryDelay;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        maxAmountFen = maxAmountFen <= 0 ? 5_000_000 : maxAmountFen;
    }

    @Override
    public String toString() {
        return "SandboxPaymentProperties[merchant " + merchantId + ", secret ****]";
    }
}
