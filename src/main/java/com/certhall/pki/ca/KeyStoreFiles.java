package com.certhall.pki.ca;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The PKCS#12 files beside the soft CA keys (CA keys, audit keys, the UKEY unlock master; docs/pki.md): one password,
 * {@code certhall.pki.keystore-password}, and each file written whole or not at all.
 */
final class KeyStoreFiles {

    private KeyStoreFiles() {
    }

    /** The configured password; in the sandbox a fixed one when none is set, elsewhere none is a start-up error. */
    static char[] password(PkiProperties properties, Environment environment) {
        String configured = properties.keystorePassword();
        if (configured != null && !configured.isEmpty()) {
            return configured.toCharArray();
        }
        if (environment.acceptsProfiles(Profiles.of("sandbox"))) {
            return SoftCaSignerFactory.SANDBOX_PASSWORD.toCharArray();
        }
        throw new IllegalStateException("certhall.pki.keystore-password must be set outside the sandbox");
    }

    /** Writes {@code store} to a temporary file beside {@code file} and moves it into place in one step. */
    static void write(KeyStore store, Path file, char[] password, String tempPrefix)
            throws GeneralSecurityException, IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), tempPrefix, ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            store.store(out, password);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
