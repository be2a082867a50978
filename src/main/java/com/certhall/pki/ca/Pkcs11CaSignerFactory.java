package com.certhall.pki.ca;

import com.certhall.pki.KeyAlgorithm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * CA keys on a PKCS#11 token through the JDK's SunPKCS11 provider (an HSM; SoftHSM2 in tests). Keys are generated on
 * the token and made permanent together with their certificate chain. SM2 is not offered by common tokens
 * (SoftHSM2 has none), so {@link #supports} is false for it and SM2 keys stay in the soft store.
 */
@Component
@ConditionalOnProperty(prefix = "certhall.pki.pkcs11", name = "library")
class Pkcs11CaSignerFactory implements CaSignerFactory {

    static final String TYPE = "pkcs11";

    private final PkiProperties.Pkcs11 settings;
    private Provider provider;
    private KeyStore keyStore;
    private final java.util.Map<String, CaSigner> loaded = new java.util.concurrent.ConcurrentHashMap<>();

    Pkcs11CaSignerFactory(PkiProperties properties) {
        this.settings = properties.pkcs11();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public boolean supports(KeyAlgorithm algorithm) {
        return algorithm != KeyAlgorithm.SM2;
    }

    @Override
    public synchronized CaSigner generate(String alias, KeyAlgorithm algorithm) {
        if (!supports(algorithm)) {
            throw new IllegalArgumentException("PKCS#11 tokens hold no " + algorithm + " keys here");
        }
        keyStore();
        KeyPair pair = Crypto.generateKeyPair(algorithm, provider);
        return new JcaCaSigner(algorithm, pair.getPublic(), pair.getPrivate(), provider, TYPE, alias);
    }

    @Override
    public synchronized void store(CaSigner signer, List<X509Certificate> chain) {
        try {
            // Until stored with a certificate the key is a session object; setKeyEntry makes it a token object.
            keyStore().setKeyEntry(signer.keyRef(), ((JcaCaSigner) signer).privateKey(), null,
                    chain.toArray(new Certificate[0]));
            loaded.remove(signer.keyRef());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot store CA key " + signer.keyRef() + " on the token", e);
        }
    }

    @Override
    public synchronized CaSigner load(String keyRef, KeyAlgorithm algorithm) {
        CaSigner cached = loaded.get(keyRef);
        if (cached != null) {
            return cached;
        }
        try {
            KeyStore ks = keyStore();
            PrivateKey key = (PrivateKey) ks.getKey(keyRef, null);
            Certificate cert = ks.getCertificate(keyRef);
            if (key == null || cert == null) {
                throw new IllegalStateException("CA key " + keyRef + " is not on the PKCS#11 token");
            }
            CaSigner signer = new JcaCaSigner(algorithm, cert.getPublicKey(), key, provider, TYPE, keyRef);
            loaded.put(keyRef, signer);
            return signer;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read CA key " + keyRef + " from the token", e);
        }
    }

    private KeyStore keyStore() {
        if (keyStore == null) {
            try {
                provider = Security.getProvider("SunPKCS11").configure(writeConfig().toString());
                KeyStore ks = KeyStore.getInstance("PKCS11", provider);
                String pin = settings.pin();
                ks.load(null, pin == null ? null : pin.toCharArray());
                keyStore = ks;
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException("cannot open the PKCS#11 token of " + settings.library(), e);
            }
        }
        return keyStore;
    }

    private Path writeConfig() throws IOException {
        StringBuilder config = new StringBuilder("name = certhall\nlibrary = ").append(settings.library()).append('\n');
        if (settings.slot() != null) {
            config.append("slot = ").append(settings.slot()).append('\n');
        } else {
            config.append("slotListIndex = ")
                    .append(settings.slotListIndex() == null ? 0 : settings.slotListIndex()).append('\n');
        }
        Path file = Files.createTempFile("certhall-pkcs11", ".cfg");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }
}
