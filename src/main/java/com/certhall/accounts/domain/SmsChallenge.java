package com.certhall.accounts.domain;

import com.certhall.accounts.SmsPurpose;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.Sha256;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One SMS code sent to a number for a purpose. OPEN until verified (USED) or until five wrong tries (DEAD);
 * it expires five minutes after issue. A salted SHA-256 of the code is stored to check it (the challenge id is the
 * salt), and the code sealed (AES-GCM) for the SMS sender until the challenge is used or dead.
 */
@Entity
@Table(name = "accounts_sms_challenge")
class SmsChallenge {

    public static final Duration LIFETIME = Duration.ofMinutes(5);
    public static final int MAX_TRIES = 5;

    enum Status { OPEN, USED, DEAD }

    @Id
    private UUID id;
    private String mobile;
    @Enumerated(EnumType.STRING)
    private SmsPurpose purpose;
    private String codeHash;
    private @Nullable String codeSealed;
    private @Nullable String clientIp;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int attempts;
    private Instant createdAt;
    private Instant expiresAt;
    @Version
    private long version;

    protected SmsChallenge() {
    }

    public SmsChallenge(MobileNumber mobile, SmsPurpose purpose, String code, Function<String, String> seal,
            @Nullable String clientIp, Instant now) {
        this.id = UUID.randomUUID();
        this.mobile = mobile.value();
        this.purpose = purpose;
        this.codeHash = hash(id, code);
        this.codeSealed = seal.apply(code);
        this.clientIp = clientIp;
        this.status = Status.OPEN;
        this.createdAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    /**
     * Checks a code. A right code uses the challenge up; a wrong one costs a try, the fifth kills it. (The desk
     * applies the same rule with atomic updates, so that concurrent tries cannot overwrite each other's count.)
     *
     * @throws InvalidInputException naming {@code smsCode}: wrong (with tries left) or no longer valid
     */
    public void verify(String code, SmsPurpose expected, Instant now) {
        if (matches(code, expected, now)) {
            status = Status.USED;
            codeSealed = null;
            return;
        }
        attempts++;
        if (attempts >= MAX_TRIES) {
            status = Status.DEAD;
            codeSealed = null;
        }
        throw wrong(attempts);
    }

    /**
     * Whether {@code code} is this challenge's code, changing nothing.
     *
     * @throws InvalidInputException naming {@code smsCode} when used, dead, expired or of another purpose
     */
    boolean matches(String code, SmsPurpose expected, Instant now) {
        if (status != Status.OPEN || !now.isBefore(expiresAt) || purpose != expected || attempts >= MAX_TRIES) {
            throw expired();
        }
        return MessageDigest.isEqual(hash(id, code.trim()).getBytes(StandardCharsets.US_ASCII),
                codeHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** The refusal after the {@code attempts}-th wrong try: tries left, or used up. */
    static InvalidInputException wrong(int attempts) {
        if (attempts >= MAX_TRIES) {
            return InvalidInputException.of("smsCode", "exhausted", "accounts.validation.smsCode.exhausted",
                    "smsCode");
        }
        return InvalidInputException.of("smsCode", "wrong", "accounts.validation.smsCode.wrong", "smsCode",
                MAX_TRIES - attempts);
    }

    /** The sealed code while the challenge can still be answered. */
    public Optional<String> sealedCode(Instant now) {
        return status == Status.OPEN && now.isBefore(expiresAt) ? Optional.ofNullable(codeSealed) : Optional.empty();
    }

    static InvalidInputException expired() {
        return InvalidInputException.of("smsCode", "expired", "accounts.validation.smsCode.expired", "smsCode");
    }

    private static String hash(UUID salt, String code) {
        // the salt is a UUID's ASCII text, so the UTF-8 bytes of salt and code are its ASCII bytes, then the code's
        return Sha256.hex(salt + code);
    }

    public UUID id() {
        return id;
    }

    public MobileNumber mobile() {
        return new MobileNumber(mobile);
    }

    public SmsPurpose purpose() {
        return purpose;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public int attempts() {
        return attempts;
    }
}
