package com.certhall.pki.ca;

import com.certhall.pki.KeyAlgorithm;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * CA keys in a PKCS#12 file, {@code ${certhall.data-dir}/ca/ca-keys.p12}, encrypted under
 * {@code certhall.pki.keystore-password}. Bouncy Castle's PKCS#12 so SM2 keys load back.
 */
@Component
class SoftCaSignerFactory implements CaSignerFactory {

    static final String TYPE = "soft";
    private static final String SANDBOX_PASSWORD = "certhall-sandbox-keystore";

    private final Path file;
    private final PkiProperties properties;
    private final Environment environment;
    private KeyStore keyStore;

    SoftCaSignerFactory(@Value("${certhall.data-dir}") String dataDir, PkiProperties properties,
            Environment environment) {
        this.file = Path.of(dataDir, "ca", "ca-keys.p12");
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public boolean supports(KeyAlgorithm algorithm) {
        return true;
    }

    @Override
    public CaSigner generate(String alias, KeyAlgorithm algorithm) {
        KeyPair pair = Crypto.generateKeyPair(algorithm);
        return new JcaCaSigner(algorithm, pair.getPublic(), pair.getPrivate(), Crypto.BC, TYPE, alias);
    }

    @Override
    public synchronized void store(CaSigner signer, List<X509Certificate> chain) {
        JcaCaSigner jca = (JcaCaSigner) signer;
        try {
            KeyStore ks = keyStore();
            ks.setKeyEntry(signer.keyRef(), jca.privateKey(), password(), chain.toArray(new Certificate[0]));
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "ca-keys", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                ks.store(out, password());
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write the CA key store " + file, e);
        }
    }

    @Override
    public synchronized CaSigner load(String keyRef, KeyAlgorithm algorithm) {
        try {
            KeyStore ks = keyStore();
            PrivateKey key = (PrivateKey) ks.getKey(keyRef, password());
            Certificate cert = ks.getCertificate(keyRef);
            if (key == null || cert == null) {
                throw new IllegalStateException("CA key " + keyRef + " is missing from " + file);
            }
            return new JcaCaSigner(algorithm, cert.getPublicKey(), key, Crypto.BC, TYPE, keyRef);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read CA key " + keyRef + " from " + file, e);
        }
    }

    private KeyStore keyStore() throws GeneralSecurityException {
        if (keyStore == null) {
            KeyStore ks = KeyStore.getInstance("PKCS12", Crypto.BC);
            try {
                if (Files.exists(file)) {
                    try (InputStream in = Files.newInputStream(file)) {
                        ks.load(in, password());
                    }
                } else {
                    ks.load(null, null);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot open the CA key store " + file
                        + " (wrong certhall.pki.keystore-password?)", e);
            }
            keyStore = ks;
        }
        return keyStore;
    }

    private char[] password() {
        String configured = properties.keystorePassword();
        if (configured != null && !configured.isEmpty()) {
            return configured.toCharArray();
        }
        if (environment.acceptsProfiles(Profiles.of("sandbox"))) {
            return SANDBOX_PASSWORD.toCharArray();
        }
        throw new IllegalStateException("certhall.pki.keystore-password must be set outside the sandbox");
    }
}
