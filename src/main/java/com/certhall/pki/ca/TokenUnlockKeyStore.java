package com.certhall.pki.ca;

import com.certhall.pki.TokenUnlock;
import com.certhall.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * {@link TokenUnlock} with its master key next to the soft CA keys: {@code ${certhall.data-dir}/ca/token-unlock.p12}
 * under {@code certhall.pki.keystore-password}, a 256-bit secret ({@code ukey-unlock-master}) made on first use. It
 * must be backed up with the CA keys: without it no token personalised under it can be unblocked (docs/pki.md).
 */
@Component
class TokenUnlockKeyStore implements TokenUnlock {

    private static final String ALIAS = "ukey-unlock-master";
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final Path file;
    private final PkiProperties properties;
    private final Environment environment;
    /** Read, or made and stored, on first use: once, whichever thread comes first. */
    private final SingletonSupplier<byte[]> master;

    TokenUnlockKeyStore(@Value("${certhall.data-dir}") String dataDir, PkiProperties properties,
            Environment environment) {
        this.file = Path.of(dataDir, "ca", "token-unlock.p12");
        this.master = SingletonSupplier.of(() -> Files.exists(file) ? read() : create());
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public byte[] tokenKey(String tokenSerial) {
        return UnlockCodes.tokenKey(master(), tokenSerial);
    }

    @Override
    public String responseCode(String tokenSerial, String challenge) {
        String canonical = TokenUnlock.canonical(challenge);
        if (canonical == null) {
            throw InvalidInputException.of("challenge", "format", "pki.validation.challenge", "challenge");
        }
        return HEX.formatHex(UnlockCodes.response(tokenKey(tokenSerial), HEX.parseHex(canonical)));
    }

    @Override
    public boolean answers(byte[] tokenKey, String challenge, String responseCode) {
        String c = TokenUnlock.canonical(challenge);
        String r = TokenUnlock.canonical(responseCode);
        if (c == null || r == null) {
            return false;
        }
        return MessageDigest.isEqual(UnlockCodes.response(tokenKey, HEX.parseHex(c)), HEX.parseHex(r));
    }

    private byte[] master() {
        return master.obtain();
    }

    private byte[] read() {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password());
            SecretKey key = (SecretKey) ks.getKey(ALIAS, password());
            if (key == null) {
                throw new IllegalStateException("no " + ALIAS + " in " + file);
            }
            return key.getEncoded();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot read the UKEY unlock master key from " + file
                    + " (wrong certhall.pki.keystore-password?)", e);
        }
    }

    private byte[] create() {
        try {
            byte[] secret = new byte[32];
            Crypto.random().nextBytes(secret);
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setEntry(ALIAS, new KeyStore.SecretKeyEntry(new SecretKeySpec(secret, "AES")),
                    new KeyStore.PasswordProtection(password()));
            KeyStoreFiles.write(ks, file, password(), "token-unlock");
            return secret;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot create the UKEY unlock master key in " + file, e);
        }
    }

    private char[] password() {
        return KeyStoreFiles.password(properties, environment);
    }
}
