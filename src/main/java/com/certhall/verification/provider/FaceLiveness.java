package com.certhall.verification.provider;

import com.certhall.shared.ResidentIdNumber;

/**
 * A face liveness and comparison service: a session bound to name + ID number, run on the person's phone at
 * {@link Session#url()}; the result is fetched by session id. The service keeps no face image for us and we store
 * none.
 */
public interface FaceLiveness {

    /** @throws com.certhall.verification.ProviderUnavailableException when the service does not answer */
    Session start(String name, ResidentIdNumber idNumber);

    /** @throws com.certhall.verification.ProviderUnavailableException when the service does not answer */
    Result result(String sessionId);

    record Session(String id, String url) {
    }

    enum Outcome { PENDING, PASSED, FAILED }

    /** {@code code} names why a check failed ({@code NOT_LIVE}, {@code FACE_MISMATCH}, {@code UNKNOWN_SESSION}). */
    record Result(Outcome outcome, String code) {
    }
}
