package com.certhall.verification;

/** Result of a verification case; only {@link #PENDING} can still change. */
public enum VerificationStatus {
    PENDING, PASSED, FAILED, MANUAL;

    public boolean isFinal() {
        return this != PENDING;
    }
}
