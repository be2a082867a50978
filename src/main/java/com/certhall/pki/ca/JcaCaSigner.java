package com.certhall.pki.ca;

import com.certhall.pki.KeyAlgorithm;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A key reachable through a JCA provider: the soft store ({@link SignatureEngine}'s provider, Bouncy Castle for SM2)
 * or SunPKCS11 for an HSM. {@code privateKey} is the key as stored; {@code signingKey} the same key converted once
 * into the form {@code provider} signs with (the same object when no conversion is needed).
 */
record JcaCaSigner(KeyAlgorithm algorithm, PublicKey publicKey, PrivateKey privateKey, PrivateKey signingKey,
        Provider provider, String keyStoreType, String keyRef) implements CaSigner {

    JcaCaSigner(KeyAlgorithm algorithm, PublicKey publicKey, PrivateKey privateKey, Provider provider,
            String keyStoreType, String keyRef) {
        this(algorithm, publicKey, privateKey, privateKey, provider, keyStoreType, keyRef);
    }

    /** A soft key, its signatures computed by the JVM's {@link SignatureEngine}. */
    static JcaCaSigner soft(KeyAlgorithm algorithm, PublicKey publicKey, PrivateKey privateKey, String keyRef) {
        SignatureEngine engine = SignatureEngine.current();
        return new JcaCaSigner(algorithm, publicKey, privateKey, engine.signingKey(privateKey, algorithm),
                engine.providerFor(algorithm), SoftCaSignerFactory.TYPE, keyRef);
    }

    @Override
    public ContentSigner contentSigner() {
        if (algorithm != KeyAlgorithm.SM2 && SoftCaSignerFactory.TYPE.equals(keyStoreType)) {
            return DirectContentSigner.of(Crypto.signatureAlgorithm(algorithm), signingKey, provider);
        }
        try {
            return new JcaContentSignerBuilder(Crypto.signatureAlgorithm(algorithm))
                    .setProvider(provider)
                    .setSecureRandom(Crypto.random())
                    .build(signingKey);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign with CA key " + keyRef, e);
        }
    }

    @Override
    public String toString() {
        return "CaSigner[" + keyStoreType + ":" + keyRef + ", " + algorithm + ", " + provider.getName() + "]";
    }
}
