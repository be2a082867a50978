package com.certhall.pki.ca;

import com.certhall.pki.KeyAlgorithm;
import java.security.cert.X509Certificate;
import java.util.List;

/** Makes {@link CaSigner}s for one kind of key store ({@link #type()}: {@code soft}, {@code pkcs11}). */
public interface CaSignerFactory {

    String type();

    boolean supports(KeyAlgorithm algorithm);

    /** Generates a new key under {@code alias}; it becomes permanent with {@link #store}. */
    CaSigner generate(String alias, KeyAlgorithm algorithm);

    /** Keeps the key of {@code signer} with its certificate chain (certificate first). */
    void store(CaSigner signer, List<X509Certificate> chain);

    /** The stored key with this reference. */
    CaSigner load(String keyRef, KeyAlgorithm algorithm);
}
