package com.certhall.pki.ca;

import com.certhall.pki.KeyAlgorithm;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A key reachable through a JCA provider: the soft store ({@link SignatureEngine}'s provider, Bouncy Castle for SM2)
 * or SunPKCS11 for an HSM. {@code privateKey} is the key as stored; {@code signingKey} the same key converted once
 * into the form {@code provider} signs with (the same object when no conversion is needed). Soft keys sign through a
 * {@link DirectContentSigner.Source} made once with the key; PKCS#11 keys through their token's provider.
 */
final class JcaCaSigner implements CaSigner {

    private final KeyAlgorithm algorithm;
    private final PublicKey publicKey;
    private final PrivateKey privateKey;
    private final PrivateKey signingKey;
    private final Provider provider;
    private final String keyStoreType;
    private final String keyRef;
    private final DirectContentSigner.@Nullable Source direct;

    JcaCaSigner(KeyAlgorithm algorithm, PublicKey publicKey, PrivateKey privateKey, PrivateKey signingKey,
            Provider provider, String keyStoreType, String keyRef) {
        this.algorithm = algorithm;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        this.signingKey = signingKey;
        this.provider = provider;
        this.keyStoreType = keyStoreType;
        this.keyRef = keyRef;
        // SM2 too (Bouncy Castle): its initSign computes the public point from the private key, as costly as a
        // signature, so a kept Signature halves an SM2 signature's cost
        this.direct = SoftCaSignerFactory.TYPE.equals(keyStoreType)
                ? new DirectContentSigner.Source(Crypto.signatureAlgorithm(algorithm), signingKey, provider)
                : null;
    }

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
        if (direct != null) {
            return direct.next();
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
    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public PublicKey publicKey() {
        return publicKey;
    }

    /** The key as stored (what the key store files hold). */
    PrivateKey privateKey() {
        return privateKey;
    }

    /** The key in the provider's own form, converted once. */
    PrivateKey signingKey() {
        return signingKey;
    }

    Provider provider() {
        return provider;
    }

    @Override
    public String keyStoreType() {
        return keyStoreType;
    }

    @Override
    public String keyRef() {
        return keyRef;
    }

    @Override
    public String toString() {
        return "CaSigner[" + keyStoreType + ":" + keyRef + ", " + algorithm + ", " + provider.getName() + "]";
    }
}
