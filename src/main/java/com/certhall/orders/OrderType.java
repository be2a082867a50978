package com.certhall.orders;

/** Kinds of business order: new issuance (证书新办) and the lifecycle orders that follow it. */
public enum OrderType {
    NEW, RENEWAL, CHANGE, REISSUE, UNLOCK, REVOCATION, SEAL_CHANGE
}
