package com.certhall.lifecycle.provider.sandbox;

import com.certhall.pki.TokenUnlock;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sandbox UKEY as a real token behaves towards its holder (docs/lifecycle.md, "PIN unlock"): the user PIN has
 * {@code certhall.lifecycle.sandbox.token-pin-retries} tries (5) and the token locks when they are used up; a
 * correct PIN restores them. To unblock, the token shows a challenge of 8 random bytes, valid 10 minutes and good
 * for one attempt, and takes the CA's response code with a new PIN: it checks the answer with its own unlock key
 * (written at personalisation), sets the new PIN and unlocks. Until an unblock, the PIN is the one the virtual key
 * file was written under; an unblock puts the key file under the new PIN ({@link SandboxTokenKeys}), so the token
 * signs with it afterwards.
 */
@Component
@Profile("sandbox")
class SandboxTokens {

    static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(10);
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** What the token tells about itself. */
    record TokenState(String tokenSerial, String certificateSerial, int pinRetriesLeft, boolean locked,
            @Nullable String challenge, @Nullable Instant challengeExpiresAt) {
    }

    /** A signature the token made: {@code signature} in Base64 over the challenge's UTF-8 bytes. */
    record TokenSignature(String tokenSerial, String certificateSerial, String algorithm, String signature,
            int pinRetriesLeft) {
    }

    private final JdbcTemplate jdbc;
    private final TokenUnlock unlock;
    private final SandboxTokenKeys keys;
    private final int maxRetries;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SandboxTokens(JdbcTemplate jdbc, TokenUnlock unlock, SandboxTokenKeys keys,
            @Value("${certhall.lifecycle.sandbox.token-pin-retries:5}") int maxRetries, Clock clock) {
        this.jdbc = jdbc;
        this.unlock = unlock;
        this.keys = keys;
        this.maxRetries = maxRetries;
        this.clock = clock;
    }

    int maxRetries() {
        return maxRetries;
    }

    @Transactional(readOnly = true)
    public TokenState state(String tokenSerial) {
        Row row = row(tokenSerial, false);
        boolean live = row.challenge() != null && clock.instant().isBefore(row.challengeAt().plus(CHALLENGE_LIFETIME));
        return new TokenState(row.tokenSerial(), row.serialHex(), row.retriesLeft(), row.retriesLeft() == 0,
                live ? row.challenge() : null, live ? row.challengeAt().plus(CHALLENGE_LIFETIME) : null);
    }

    /** Verifies the user PIN as the token does: a wrong one costs a try, the last one locks the token. */
    @Transactional
    public TokenState checkPin(String tokenSerial, String pin) {
        Row row = row(tokenSerial, true);
        if (pin == null || !pin.strip().matches("\\d{6,8}")) {
            throw InvalidInputException.of("pin", "format", "lifecycle.validation.pin", "pin");
        }
        if (row.retriesLeft() == 0) {
            throw new ConflictException("lifecycle.token.locked", "the token is locked", tokenSerial);
        }
        int left = pinMatches(row, pin.strip()) ? maxRetries : row.retriesLeft() - 1;
        jdbc.update("UPDATE lifecycle_sandbox_token SET pin_retries_left = ? WHERE token_serial = ?", left,
                tokenSerial);
        return state(tokenSerial);
    }

    /** A new challenge; it replaces any earlier one. */
    @Transactional
    public TokenState challenge(String tokenSerial) {
        row(tokenSerial, true);
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        jdbc.update("UPDATE lifecycle_sandbox_token SET challenge = ?, challenge_at = ? WHERE token_serial = ?",
                HEX.formatHex(bytes), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), tokenSerial);
        return state(tokenSerial);
    }

    /**
     * Unblocks with the CA's response code to the current challenge and sets {@code newPin}. The challenge is used
     * up by the attempt, right or wrong, so a code never works twice.
     */
    @Transactional(noRollbackFor = {InvalidInputException.class, ConflictException.class})
    public TokenState unblock(String tokenSerial, String responseCode, String newPin) {
        Row row = row(tokenSerial, true);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String code = TokenUnlock.canonical(responseCode);
        if (code == null) {
            errors.add(com.certhall.shared.FieldViolation.of("responseCode", "format",
                    "lifecycle.validation.responseCode", "responseCode"));
        }
        if (newPin == null || !newPin.strip().matches("\\d{6,8}")) {
            errors.add(com.certhall.shared.FieldViolation.of("newPin", "format", "lifecycle.validation.pin",
                    "newPin"));
        }
        errors.throwIfAny();
        if (row.challenge() == null) {
            throw new ConflictException("lifecycle.token.noChallenge", "read a challenge first", tokenSerial);
        }
        jdbc.update("UPDATE lifecycle_sandbox_token SET challenge = NULL, challenge_at = NULL WHERE token_serial = ?",
                tokenSerial);
        if (!clock.instant().isBefore(row.challengeAt().plus(CHALLENGE_LIFETIME))) {
            throw new ConflictException("lifecycle.token.challengeExpired", "the challenge expired", tokenSerial);
        }
        if (!unlock.answers(unlockKey(row), row.challenge(), code)) {
            throw InvalidInputException.of("responseCode", "wrong", "lifecycle.token.wrongResponse",
                    "responseCode");
        }
        jdbc.update("UPDATE lifecycle_sandbox_token SET pin_hash = ?, pin_retries_left = ? WHERE token_serial = ?",
                hash(newPin.strip(), null), maxRetries, tokenSerial);
        keys.repin(row.fileName(), unlockKey(row), newPin.strip());
        return state(tokenSerial);
    }

    /**
     * Signs {@code message} with the token's key once {@code pin} is right (docs/api.md, "Sandbox"): a wrong PIN costs
     * a try as in {@link #checkPin}, a locked token signs nothing.
     *
     * @param field the name of the field that carried the message, for the error naming it
     */
    @Transactional(noRollbackFor = {InvalidInputException.class, ConflictException.class})
    public TokenSignature sign(String tokenSerial, byte @Nullable [] message, String field, @Nullable String pin) {
        row(tokenSerial, false);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (message == null || message.length == 0) {
            errors.add(com.certhall.shared.FieldViolation.of(field, "required", "validation.required", field));
        }
        if (pin == null || !pin.strip().matches("\\d{6,8}")) {
            errors.add(com.certhall.shared.FieldViolation.of("pin", "format", "lifecycle.validation.pin", "pin"));
        }
        errors.throwIfAny();
        Attempt attempt = attempt(tokenSerial, message, pin.strip());
        if (attempt.signature() != null) {
            return new TokenSignature(tokenSerial, attempt.serialHex(), attempt.algorithm(),
                    Base64.getEncoder().encodeToString(attempt.signature()), attempt.retriesLeft());
        }
        if (attempt.keyUnavailable()) {
            // a token unblocked before it kept its own copy of the key: its file is still under the first PIN
            throw new ConflictException("lifecycle.token.keyUnavailable", "the key file does not open", tokenSerial);
        }
        if (attempt.wasLocked()) {
            throw new ConflictException("lifecycle.token.locked", "the token is locked", tokenSerial);
        }
        throw InvalidInputException.of("pin", "wrong", "validation.lifecycle.token.wrongPin", "pin",
                attempt.retriesLeft());
    }

    /**
     * What became of a signature asked of the token: {@code signature} when the PIN was right; otherwise the tries
     * left ({@code wasLocked} when the token was locked before the attempt, {@code keyUnavailable} when the PIN was
     * right but the key file does not open).
     */
    record Attempt(String serialHex, String algorithm, byte @Nullable [] signature, int retriesLeft,
            boolean wasLocked, boolean keyUnavailable) {
    }

    /**
     * The token signs {@code message} under {@code pin}, as its middleware does when an application asks: the PIN
     * check counts with the one retry counter; the last wrong try locks the token.
     */
    @Transactional
    public Attempt attempt(String tokenSerial, byte[] message, String pin) {
        Row row = row(tokenSerial, true);
        String algorithm = jdbc.queryForObject("SELECT algorithm FROM lifecycle_certificate WHERE serial_hex = ?",
                String.class, row.serialHex());
        if (row.retriesLeft() == 0) {
            return new Attempt(row.serialHex(), algorithm, null, 0, true, false);
        }
        if (!pinMatches(row, pin)) {
            int left = row.retriesLeft() - 1;
            jdbc.update("UPDATE lifecycle_sandbox_token SET pin_retries_left = ? WHERE token_serial = ?", left,
                    tokenSerial);
            return new Attempt(row.serialHex(), algorithm, null, left, false, false);
        }
        jdbc.update("UPDATE lifecycle_sandbox_token SET pin_retries_left = ? WHERE token_serial = ?", maxRetries,
                tokenSerial);
        byte[] signature = keys.sign(row.fileName(), pin, algorithm, message).orElse(null);
        return new Attempt(row.serialHex(), algorithm, signature, maxRetries, false, signature == null);
    }

    /** Whether a sandbox token with this serial was written. */
    @Transactional(readOnly = true)
    public boolean holds(String tokenSerial) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM lifecycle_sandbox_token WHERE token_serial = ?",
                Integer.class, tokenSerial);
        return n != null && n > 0;
    }

    /** The unlock key the personalisation station wrote onto the token, and the token's own copy of the key. */
    void personalised(String tokenSerial, String pin) {
        jdbc.update("UPDATE lifecycle_sandbox_token SET unlock_key = ?, pin_retries_left = ? WHERE token_serial = ?",
                HEX.formatHex(unlock.tokenKey(tokenSerial)), maxRetries, tokenSerial);
        Row row = row(tokenSerial, false);
        keys.keep(row.fileName(), unlockKey(row), pin);
    }

    private byte[] unlockKey(Row row) {
        // a token written before unblocking was simulated gets its key as the station would have written it
        return row.unlockKey() != null ? HEX.parseHex(row.unlockKey()) : unlock.tokenKey(row.tokenSerial());
    }

    private boolean pinMatches(Row row, String pin) {
        if (row.pinHash() != null) {
            String[] parts = row.pinHash().split(":");
            return MessageDigest.isEqual(hash(pin, HEX.parseHex(parts[0])).getBytes(), row.pinHash().getBytes());
        }
        if (!keys.opens(row.fileName(), pin)) {
            return false;
        }
        if (!keys.kept(row.fileName())) {
            keys.keep(row.fileName(), unlockKey(row), pin);
        }
        return true;
    }

    private String hash(String pin, byte @Nullable [] salt) {
        byte[] s = salt;
        if (s == null) {
            s = new byte[16];
            random.nextBytes(s);
        }
        try {
            byte[] h = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(pin.toCharArray(), s, 10_000, 256)).getEncoded();
            return HEX.formatHex(s) + ":" + HEX.formatHex(h);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is always available", e);
        }
    }

    private record Row(String tokenSerial, String serialHex, String fileName, @Nullable String pinHash,
            int retriesLeft, @Nullable String challenge, @Nullable Instant challengeAt, @Nullable String unlockKey) {
    }

    private Row row(String tokenSerial, boolean forUpdate) {
        List<Map<String, Object>> found = jdbc.queryForList("SELECT token_serial, serial_hex, file_name, pin_hash,"
                + " pin_retries_left, challenge, challenge_at, unlock_key FROM lifecycle_sandbox_token"
                + " WHERE token_serial = ?" + (forUpdate ? " FOR UPDATE" : ""), tokenSerial);
        if (found.isEmpty()) {
            throw new NotFoundException("token", tokenSerial);
        }
        Map<String, Object> r = found.get(0);
        return new Row((String) r.get("token_serial"), (String) r.get("serial_hex"), (String) r.get("file_name"),
                (String) r.get("pin_hash"), ((Number) r.get("pin_retries_left")).intValue(),
                (String) r.get("challenge"), instant(r.get("challenge_at")), (String) r.get("unlock_key"));
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return jdbcInstant(value);
    }

    private static Instant jdbcInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
