package com.certhall.verification.codes;

import com.certhall.accounts.SmsCodeIssued;
import com.certhall.accounts.SmsPurpose;
import com.certhall.shared.MobileNumber;
import com.certhall.verification.provider.VerificationCodes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verification SMS codes kept by this module until the accounts module's SMS challenge facade is on main: 6 digits,
 * 5 minutes, 5 wrong tries, only a salted hash stored. The code travels in the accounts module's
 * {@link SmsCodeIssued} (purpose {@code VERIFY}), which the notifications module delivers after commit, so the text
 * and the sandbox inbox are the same as for every other code.
 */
@Component
class LocalVerificationCodes implements VerificationCodes {

    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_TRIES = 5;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LocalVerificationCodes(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Ticket issue(MobileNumber mobile, Locale locale) {
        UUID id = UUID.randomUUID();
        String code = "%06d".formatted(random.nextInt(1_000_000));
        Instant expires = clock.instant().plus(LIFETIME);
        jdbc.update("INSERT INTO verification_sms_code (id, code_hash, expires_at, tries, used) VALUES (?, ?, ?, 0, FALSE)",
                id, hash(id, code), Timestamp.from(expires));
        events.publishEvent(new SmsCodeIssued(id, mobile.value(), SmsPurpose.VERIFY, code, expires, locale));
        return new Ticket(id, expires);
    }

    /** Runs in its own transaction so a wrong try counts even if the caller rolls back. */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean accept(UUID challengeId, String code) {
        List<Row> rows = jdbc.query("SELECT code_hash, expires_at, tries, used FROM verification_sms_code WHERE id = ? FOR UPDATE",
                (rs, n) -> new Row(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getBoolean(4)),
                challengeId);
        if (rows.isEmpty()) {
            return false;
        }
        Row row = rows.get(0);
        if (row.used || row.tries >= MAX_TRIES || !row.expiresAt.isAfter(clock.instant())) {
            return false;
        }
        boolean right = MessageDigest.isEqual(row.hash.getBytes(StandardCharsets.US_ASCII),
                hash(challengeId, code).getBytes(StandardCharsets.US_ASCII));
        if (right) {
            jdbc.update("UPDATE verification_sms_code SET used = TRUE WHERE id = ?", challengeId);
        } else {
            jdbc.update("UPDATE verification_sms_code SET tries = tries + 1 WHERE id = ?", challengeId);
        }
        return right;
    }

    private static String hash(UUID salt, String code) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((salt + ":" + code).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Row(String hash, Instant expiresAt, int tries, boolean used) {
    }
}
