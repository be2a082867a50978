package com.certhall.lifecycle.provider.sandbox;

import com.certhall.lifecycle.provider.TokenWriter;
import com.certhall.shared.SimulatedLatency;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sandbox personalisation station: checks that the PKCS#12 opens with the PIN (as a token does when it imports
 * the key), takes a moment, writes a "virtual key" file {@code ${certhall.data-dir}/tokens/<token serial>.p12} and
 * records it in {@code lifecycle_sandbox_token} with the token's own unlock key ({@link SandboxTokens}).
 */
@Component
@Profile("sandbox")
class SandboxTokenWriter implements TokenWriter {

    private final JdbcTemplate jdbc;
    private final Path directory;
    private final Duration delay;
    private final Clock clock;
    private final SandboxTokens tokens;
    private final SecureRandom random = new SecureRandom();

    SandboxTokenWriter(JdbcTemplate jdbc, @Value("${certhall.data-dir}") Path dataDir,
            @Value("${certhall.lifecycle.sandbox.token-write-delay:PT0.2S}") Duration delay, Clock clock,
            SandboxTokens tokens) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.directory = dataDir.resolve("tokens");
        this.delay = delay;
        this.clock = clock;
    }

    @Override
    public String write(String orderNumber, String certificateSerial, byte[] pkcs12, String pin) {
        try {
            // the JDK's own PKCS#12 cannot read SM2 keys; the CA's provider (registered by name) can read them all
            KeyStore store = java.security.Security.getProvider("BC") == null ? KeyStore.getInstance("PKCS12")
                    : KeyStore.getInstance("PKCS12", "BC");
            store.load(new ByteArrayInputStream(pkcs12), pin.toCharArray());
            if (store.size() != 1) {
                throw new TokenWriteException("the PKCS#12 must hold exactly one key");
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new TokenWriteException("the token refused the key: " + e.getClass().getSimpleName());
        }
        pause();
        String tokenSerial = "CHK" + String.format("%013d", Math.floorMod(random.nextLong(), 10_000_000_000_000L));
        Path file = directory.resolve(tokenSerial + ".p12");
        try {
            Files.createDirectories(directory);
            Files.write(file, pkcs12);
        } catch (IOException e) {
            throw new TokenWriteException("cannot write the virtual key " + file + ": " + e.getMessage());
        }
        jdbc.update("INSERT INTO lifecycle_sandbox_token (token_serial, order_number, serial_hex, file_name,"
                + " written_at) VALUES (?, ?, ?, ?, ?)", tokenSerial, orderNumber, certificateSerial,
                file.getFileName().toString(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        tokens.personalised(tokenSerial, pin);
        return tokenSerial;
    }

    private void pause() {
        SimulatedLatency.pause(delay, e -> new TokenWriteException("interrupted while writing the token"));
    }
}
