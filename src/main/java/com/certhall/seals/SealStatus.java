package com.certhall.seals;

/**
 * Where a seal stands (docs/seals.md "Orders and the end of a seal"): in use, ended with its certificate (revoked or
 * expired), or replaced by a changed seal (变章).
 */
public enum SealStatus {
    ACTIVE, REVOKED, EXPIRED, SUPERSEDED;

    public boolean usable() {
        return this == ACTIVE;
    }
}
