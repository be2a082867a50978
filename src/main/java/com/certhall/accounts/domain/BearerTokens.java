package com.certhall.accounts.domain;

import com.certhall.accounts.AuthenticatedUser;
import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opaque random bearer tokens (256 bits, URL-safe Base64) with an expiry; only their hash is stored. */
@Service
public class BearerTokens {

    private final AccessTokenStore store;
    private final Principals principals;
    private final Duration ttl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    BearerTokens(AccessTokenStore store, Principals principals, AccountsProperties properties, Clock clock) {
        this.store = store;
        this.principals = principals;
        this.ttl = properties.tokenTtl();
        this.clock = clock;
    }

    /** A new token for the user. */
    @Transactional
    public IssuedToken issue(AuthenticatedUser user) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        store.save(new AccessToken(hash(token), user.kind(), user.id(), now, now.plus(ttl)));
        return new IssuedToken(token, ttl.toSeconds());
    }

    /** The user a live token belongs to; empty for unknown, expired or revoked tokens. */
    @Transactional(readOnly = true)
    public Optional<AuthenticatedUser> resolve(String bearerToken) {
        Instant now = clock.instant();
        return store.findById(hash(bearerToken.trim())).filter(t -> t.isLive(now))
                .flatMap(t -> principals.load(t.principalKind(), t.principalId()));
    }

    /** Logs out: the token stops working at once. Returns whether it was live. */
    @Transactional
    public boolean revoke(String bearerToken) {
        String id = hash(bearerToken.trim());
        boolean known = store.existsById(id);
        store.deleteById(id);
        return known;
    }

    /**
     * Every token of the user stops working: a password change or reset and a mobile change end all API sessions
     * (a thief holding a token loses it with the password). Joins the caller's transaction.
     */
    @Transactional
    public int revokeAll(AuthenticatedUser.Kind kind, UUID principalId) {
        return store.deleteByPrincipal(kind, principalId);
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
    @Transactional
    public void purgeExpired() {
        store.deleteExpired(clock.instant());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token to hand out once, and its lifetime in seconds. */
    public record IssuedToken(@Schema(description = "Send as Authorization: Bearer <accessToken>.") String accessToken,
            @Schema(description = "Seconds until the token expires.") long expiresIn) {
    }
}
