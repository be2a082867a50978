package com.certhall.lifecycle;

/** Status of a held certificate as its holder sees it. */
public enum HeldStatus {
    VALID, ON_HOLD, REVOKED
}
