package com.certhall.verification;

import com.certhall.shared.ProblemException;

/**
 * The verification provider (telecom, bank, face service) did not answer or is down. Nothing was changed; the
 * applicant should try again later (503). {@link #detail()} says what went wrong (an HTTP status, a network error,
 * the provider's code) for logs and metrics.
 */
public class ProviderUnavailableException extends ProblemException {

    private final String provider;
    private final String detail;

    public ProviderUnavailableException(String provider, String detail) {
        super(503, "verification.providerUnavailable", provider + " unavailable: " + detail, provider);
        this.provider = provider;
        this.detail = detail;
    }

    public String provider() {
        return provider;
    }

    public String detail() {
        return detail;
    }
}
