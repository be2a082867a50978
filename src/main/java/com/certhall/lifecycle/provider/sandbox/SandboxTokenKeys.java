package com.certhall.lifecycle.provider.sandbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The key on a sandbox UKEY (docs/lifecycle.md, "PIN unlock"). The "virtual key" file opens with the holder's current
 * PIN, as the PIN delivery promises; the token also keeps its own copy of the key under a storage secret derived from
 * its unlock key — the part of a real token that holds the key whatever the PIN is — so an unblock can put the key
 * under the new PIN, and the token signs with the new PIN afterwards.
 */
@Component
@Profile("sandbox")
class SandboxTokenKeys {

    private final Path directory;

    SandboxTokenKeys(@Value("${certhall.data-dir}") Path dataDir) {
        this.directory = dataDir.resolve("tokens");
    }

    /** Whether the key file opens with {@code pin}. */
    boolean opens(String fileName, String pin) {
        try {
            load(Files.readAllBytes(directory.resolve(fileName)), pin.toCharArray());
            return true;
        } catch (IOException | GeneralSecurityException e) {
            return false;
        }
    }

    /** Whether the token keeps its own copy of the key (tokens written before the copy existed have none). */
    boolean kept(String fileName) {
        return Files.exists(internal(fileName));
    }

    /** Keeps the token's own copy of the key found in the file under {@code pin}. */
    void keep(String fileName, byte[] unlockKey, String pin) {
        try {
            byte[] copy = rewrap(Files.readAllBytes(directory.resolve(fileName)), pin.toCharArray(),
                    storage(unlockKey));
            Files.write(internal(fileName), copy);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot keep the token's copy of " + fileName, e);
        }
    }

    /** Puts the key file under {@code newPin}, from the token's own copy; false when the token keeps none. */
    boolean repin(String fileName, byte[] unlockKey, String newPin) {
        if (!kept(fileName)) {
            return false;
        }
        try {
            byte[] file = rewrap(Files.readAllBytes(internal(fileName)), storage(unlockKey), newPin.toCharArray());
            Files.write(directory.resolve(fileName), file);
            return true;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot put " + fileName + " under the new PIN", e);
        }
    }

    /**
     * Signs {@code message} with the key the file holds under {@code pin}: SHA256withRSA, SHA256withECDSA (DER) or
     * SM3withSM2 with the GM/T 0009 default ID, as a relying party verifies it with the certificate; empty when the
     * file does not open with the PIN.
     */
    Optional<byte[]> sign(String fileName, String pin, String algorithm, byte[] message) {
        KeyStore store;
        try {
            store = load(Files.readAllBytes(directory.resolve(fileName)), pin.toCharArray());
        } catch (IOException | GeneralSecurityException e) {
            return Optional.empty();
        }
        try {
            String alias = keyAlias(store);
            PrivateKey key = (PrivateKey) store.getKey(alias, pin.toCharArray());
            String name = switch (algorithm) {
                case "SM2" -> "SM3withSM2";
                case "EC_P256" -> "SHA256withECDSA";
                default -> "SHA256withRSA";
            };
            Signature signature = java.security.Security.getProvider("BC") == null ? Signature.getInstance(name)
                    : Signature.getInstance(name, "BC");
            signature.initSign(key);
            signature.update(message);
            return Optional.of(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the token's key cannot sign " + algorithm, e);
        }
    }

    private Path internal(String fileName) {
        return directory.resolve(fileName + ".token");
    }

    private static char[] storage(byte[] unlockKey) throws GeneralSecurityException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("CertHall-sandbox-token-storage".getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) 0);
        return HexFormat.of().formatHex(sha.digest(unlockKey)).toCharArray();
    }

    private static byte[] rewrap(byte[] pkcs12, char[] from, char[] to) throws IOException, GeneralSecurityException {
        KeyStore source = load(pkcs12, from);
        String alias = keyAlias(source);
        Key key = source.getKey(alias, from);
        Certificate[] chain = source.getCertificateChain(alias);
        KeyStore target = store();
        target.load(null, null);
        target.setKeyEntry(alias, key, to, chain);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        target.store(out, to);
        return out.toByteArray();
    }

    private static String keyAlias(KeyStore store) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        throw new GeneralSecurityException("no key on the token");
    }

    private static KeyStore load(byte[] pkcs12, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = store();
        store.load(new ByteArrayInputStream(pkcs12), password);
        return store;
    }

    private static KeyStore store() throws GeneralSecurityException {
        // the JDK's own PKCS#12 cannot read SM2 keys; the CA's provider (registered by name) can read them all
        return java.security.Security.getProvider("BC") == null ? KeyStore.getInstance("PKCS12")
                : KeyStore.getInstance("PKCS12", "BC");
    }
}
