package com.certhall.pki.ca;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * PKCS#12 files for holders: key and chain encrypted under the PIN with PBES2/AES-256 and an HMAC-SHA256 MAC, which
 * OpenSSL 3, Windows and Java read without legacy algorithms.
 */
public final class Pkcs12Files {

    private Pkcs12Files() {
    }

    public static byte[] of(PrivateKey key, List<X509Certificate> chain, String pin) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12-AES256-AES128", Crypto.BC);
            ks.load(null, null);
            ks.setKeyEntry("certificate", key, pin.toCharArray(), chain.toArray(new Certificate[0]));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ks.store(out, pin.toCharArray());
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write a PKCS#12 file", e);
        }
    }
}
