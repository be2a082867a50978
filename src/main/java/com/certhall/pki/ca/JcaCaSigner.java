package com.certhall.pki.ca;

import com.certhall.pki.KeyAlgorithm;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A key reachable through a JCA provider: Bouncy Castle for the soft store, SunPKCS11 for an HSM. */
record JcaCaSigner(KeyAlgorithm algorithm, PublicKey publicKey, PrivateKey privateKey, Provider provider,
        String keyStoreType, String keyRef) implements CaSigner {

    @Override
    public ContentSigner contentSigner() {
        try {
            return new JcaContentSignerBuilder(Crypto.signatureAlgorithm(algorithm))
                    .setProvider(provider)
                    .setSecureRandom(Crypto.random())
                    .build(privateKey);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign with CA key " + keyRef, e);
        }
    }

    @Override
    public String toString() {
        return "CaSigner[" + keyStoreType + ":" + keyRef + ", " + algorithm + "]";
    }
}
