package com.certhall.pki.ca;

import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.SignatureException;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.RuntimeOperatorException;

/**
 * A single-use {@link ContentSigner} straight over {@link Signature}, handed out by a {@link Source} that keeps one
 * initialised {@code Signature} per thread and key: after {@code sign()} a JCA signature is ready for the next message
 * with the same key (java.security.Signature#sign), so the provider lookup, the native context and the key set-up are
 * paid once per thread, not per certificate or OCSP answer (docs/pki.md "Crypto engine").
 */
final class DirectContentSigner implements ContentSigner {

    /** The signatures of one key: one idle {@code Signature} per thread, taken while a signer is in use. */
    static final class Source {

        private final String algorithm;
        private final PrivateKey key;
        private final Provider provider;
        private final AlgorithmIdentifier identifier;
        private final ThreadLocal<Signature> idle = new ThreadLocal<>();

        Source(String algorithm, PrivateKey key, Provider provider) {
            this.algorithm = algorithm;
            this.key = key;
            this.provider = provider;
            this.identifier = new DefaultSignatureAlgorithmIdentifierFinder().find(algorithm);
            fresh(); // a key the provider refuses fails here, when the key is loaded
        }

        /**
         * A signer over this thread's idle signature; a second signer taken on the same thread before the first
         * finished gets a signature of its own, so signers never share one.
         */
        ContentSigner next() {
            Signature signature = idle.get();
            if (signature == null) {
                signature = fresh();
            } else {
                idle.remove();
            }
            return new DirectContentSigner(this, signature);
        }

        private Signature fresh() {
            try {
                Signature signature = Signature.getInstance(algorithm, provider);
                signature.initSign(key, Crypto.random());
                return signature;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot sign " + algorithm + " with " + provider.getName(), e);
            }
        }

        Provider provider() {
            return provider;
        }
    }

    private final Source source;
    private final Signature signature;
    private final OutputStream stream;

    private DirectContentSigner(Source source, Signature signature) {
        this.source = source;
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

    /** A single-use signer with a signature of its own (no reuse). */
    static ContentSigner of(String algorithm, PrivateKey key, Provider provider) {
        return new Source(algorithm, key, provider).next();
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return source.identifier;
    }

    @Override
    public OutputStream getOutputStream() {
        return stream;
    }

    @Override
    public byte[] getSignature() {
        byte[] value;
        try {
            value = signature.sign();
        } catch (SignatureException e) {
            throw new RuntimeOperatorException("signing failed", e); // not given back: its state is unknown
        }
        source.idle.set(signature); // reset by sign() to the state after initSign: ready for the next message
        return value;
    }
}
