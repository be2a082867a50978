package com.certhall.orders;

/**
 * Kinds of business order: new issuance (证书新办), the lifecycle orders that follow it, and the seal orders on an
 * e-seal certificate (印章办理: 补章 {@code SEAL_ADDITION}, 变章 {@code SEAL_CHANGE}; docs/seals.md "Seal orders").
 */
public enum OrderType {
    NEW, RENEWAL, CHANGE, REISSUE, UNLOCK, REVOCATION, SEAL_CHANGE, SEAL_ADDITION;

    /** A seal order: the seals module makes its seal when it is approved, no certificate is issued. */
    public boolean seal() {
        return this == SEAL_CHANGE || this == SEAL_ADDITION;
    }

    /** Whether an approved order of this type issues certificates (a revocation, an unlock or a seal order not). */
    public boolean issuesCertificate() {
        return this != REVOCATION && this != UNLOCK && !seal();
    }
}
