package com.certhall.pki.ca;

import com.certhall.pki.KeyAlgorithm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * CA keys in PKCS#12 files, one per key: {@code ${certhall.data-dir}/ca/{alias}.p12}, encrypted under
 * {@code certhall.pki.keystore-password}. Bouncy Castle's PKCS#12 so SM2 keys load back. Loaded keys are kept in
 * memory, so reloading the CA registry does not decrypt them again.
 */
@Component
class SoftCaSignerFactory implements CaSignerFactory {

    static final String TYPE = "soft";
    static final String SANDBOX_PASSWORD = "certhall-sandbox-keystore";

    private final Path directory;
    private final PkiProperties properties;
    private final Environment environment;
    private final Map<String, CaSigner> loaded = new ConcurrentHashMap<>();

    SoftCaSignerFactory(@Value("${certhall.data-dir}") String dataDir, PkiProperties properties,
            Environment environment) {
        this.directory = Path.of(dataDir, "ca");
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
        return JcaCaSigner.soft(algorithm, pair.getPublic(), pair.getPrivate(), alias);
    }

    @Override
    public void store(CaSigner signer, List<X509Certificate> chain) {
        JcaCaSigner jca = (JcaCaSigner) signer;
        Path file = file(signer.keyRef());
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12", Crypto.BC);
            ks.load(null, null);
            ks.setKeyEntry(signer.keyRef(), jca.privateKey(), password(), chain.toArray(new Certificate[0]));
            KeyStoreFiles.write(ks, file, password(), "ca-key");
            loaded.put(signer.keyRef(), signer);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write the CA key store " + file, e);
        }
    }

    @Override
    public CaSigner load(String keyRef, KeyAlgorithm algorithm) {
        return loaded.computeIfAbsent(keyRef, ref -> read(ref, algorithm));
    }

    private CaSigner read(String keyRef, KeyAlgorithm algorithm) {
        Path file = file(keyRef);
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12", Crypto.BC);
            ks.load(in, password());
            PrivateKey key = (PrivateKey) ks.getKey(keyRef, password());
            Certificate cert = ks.getCertificate(keyRef);
            if (key == null || cert == null) {
                throw new IllegalStateException("CA key " + keyRef + " is missing from " + file);
            }
            return JcaCaSigner.soft(algorithm, cert.getPublicKey(), key, keyRef);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot read CA key " + keyRef + " from " + file
                    + " (wrong certhall.pki.keystore-password?)", e);
        }
    }

    private Path file(String keyRef) {
        if (!keyRef.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("bad key alias " + keyRef);
        }
        return directory.resolve(keyRef + ".p12");
    }

    char[] password() {
        return KeyStoreFiles.password(properties, environment);
    }
}
