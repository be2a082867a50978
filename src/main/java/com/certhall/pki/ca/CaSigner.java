package com.certhall.pki.ca;

import com.certhall.pki.KeyAlgorithm;
import java.security.PublicKey;
import org.bouncycastle.operator.ContentSigner;

/**
 * A CA private key, wherever it lives. CA code signs only through this; it never touches key storage.
 * Implementations are thread-safe; each {@link #contentSigner()} is a fresh single-use signer.
 */
public interface CaSigner {

    KeyAlgorithm algorithm();

    PublicKey publicKey();

    /** A new content signer (not thread-safe, use once) with this key's signature algorithm. */
    ContentSigner contentSigner();

    /** Type of the key store holding the key: {@code soft} or {@code pkcs11}. */
    String keyStoreType();

    /** Where the key is in its store (the alias). */
    String keyRef();
}
