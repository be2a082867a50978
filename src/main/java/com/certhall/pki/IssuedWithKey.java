package com.certhall.pki;

import org.jspecify.annotations.Nullable;

/**
 * A certificate issued for a key pair the CA generated, delivered as a PKCS#12 file protected by a PIN.
 *
 * @param certificate the issued certificate
 * @param pkcs12      key, certificate and chain, encrypted under the PIN
 * @param pin         6–8 random digits, present only on the first delivery (only a salted hash is stored);
 *                    null when an idempotent repeat returns an earlier issuance
 */
public record IssuedWithKey(IssuedCertificate certificate, byte[] pkcs12, @Nullable String pin) {

    public byte[] pkcs12() {
        return pkcs12.clone();
    }

    @Override
    public String toString() {
        return "IssuedWithKey[" + certificate + ", pin=" + (pin == null ? "none" : "******") + "]";
    }
}
