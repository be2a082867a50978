package com.certhall.pki.ca;

import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.RuntimeOperatorException;

/**
 * A single-use {@link ContentSigner} straight over {@link Signature}: the algorithm identifier is looked up once per
 * algorithm name, not per certificate, and the stream feeds the signature without an intermediate buffer.
 */
final class DirectContentSigner implements ContentSigner {

    private static final Map<String, AlgorithmIdentifier> IDENTIFIERS = new ConcurrentHashMap<>();

    private final AlgorithmIdentifier identifier;
    private final Signature signature;
    private final OutputStream stream;

    private DirectContentSigner(AlgorithmIdentifier identifier, Signature signature) {
        this.identifier = identifier;
        this.signature = signature;
        this.stream = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                try {
                    signature.update(bytes, offset, length);
                } catch (SignatureException e) {
                    throw new RuntimeOperatorException("signature update failed", e);
                }
            }
        };
    }

    static ContentSigner of(String algorithm, PrivateKey key, Provider provider) {
        try {
            Signature signature = Signature.getInstance(algorithm, provider);
            signature.initSign(key, Crypto.random());
            return new DirectContentSigner(IDENTIFIERS.computeIfAbsent(algorithm,
                    name -> new DefaultSignatureAlgorithmIdentifierFinder().find(name)), signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign " + algorithm + " with " + provider.getName(), e);
        }
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return identifier;
    }

    @Override
    public OutputStream getOutputStream() {
        return stream;
    }

    @Override
    public byte[] getSignature() {
        try {
            return signature.sign();
        } catch (SignatureException e) {
            throw new RuntimeOperatorException("signing failed", e);
        }
    }
}
