package com.certhall.accounts.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A captcha's answer until it is checked (then the row is deleted) or expires. */
@Entity
@Table(name = "accounts_captcha")
class CaptchaChallenge {

    @Id
    private UUID id;
    private String answer;
    private Instant expiresAt;

    protected CaptchaChallenge() {
    }

    CaptchaChallenge(String answer, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.answer = answer;
        this.expiresAt = expiresAt;
    }

    boolean isLive(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** Case and surrounding spaces do not matter. */
    boolean accepts(String given, Instant now) {
        return isLive(now) && given != null && answer.equalsIgnoreCase(given.trim().toUpperCase(Locale.ROOT));
    }

    UUID id() {
        return id;
    }

    String answer() {
        return answer;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
