package com.certhall.pki;

/** Status of an issued certificate as CRLs and OCSP publish it. */
public enum CertificateStatus {
    GOOD,
    /** Revoked with reason {@code certificateHold}; can be released back to {@link #GOOD}. */
    ON_HOLD,
    REVOKED
}
