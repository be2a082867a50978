package com.certhall.verification;

import com.certhall.shared.ProblemException;

/**
 * The verification provider (telecom, bank, face service) did not answer or is down. Nothing was changed; the
 * applicant should try again later (503).
 */
public class ProviderUnavailableException extends ProblemException {

    public ProviderUnavailableException(String provider, String detail) {
        super(503, "verification.providerUnavailable", provider + " unavailable: " + detail, provider);
    }
}
