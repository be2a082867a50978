package com.certhall.accounts.domain;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.shared.Sha256;
import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Opaque random bearer tokens (256 bits, URL-safe Base64) with an expiry; only their hash is stored. An applicant's
 * live token is remembered for {@link #RECHECK} after the database confirmed it, so API reads skip the two lookups
 * (docs/security.md, "Tokens and credential changes"). A logout or a password or mobile change on this node forgets
 * the account's tokens at once (and again when its transaction ends, for a request that read the row meanwhile);
 * another node's revocation is seen within {@link #RECHECK} and the one read that confirms the token again. Staff tokens are always checked in the database.
 */
@Service
public class BearerTokens {

    private final AccessTokenStore store;
    private final Principals principals;
    private final Duration ttl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    static final Duration RECHECK = Duration.ofSeconds(5);
    private static final int TOKEN_BYTES = 32;
    /** The length of every token {@link #issue} makes: its random bytes in URL-safe Base64 without padding. */
    private static final int TOKEN_CHARS = (TOKEN_BYTES * 8 + 5) / 6;
    private static final int MAX_REMEMBERED = 50_000;

    /** A remembered token; {@code rechecking} is set while one request asks the database again after RECHECK. */
    private record Live(AuthenticatedUser user, Instant expiresAt, Instant recheckAt, AtomicBoolean rechecking) {
    }

    /** Live applicant tokens by hash. */
    private final Map<String, Live> live = new ConcurrentHashMap<>();
    /** Counts forgettings, so a row read before one is never remembered after it. */
    private final AtomicLong forgettings = new AtomicLong();

    BearerTokens(AccessTokenStore store, Principals principals, AccountsProperties properties, Clock clock) {
        this.store = store;
        this.principals = principals;
        this.ttl = properties.tokenTtl();
        this.clock = clock;
    }

    /** A new token for the user. */
    @Transactional
    public IssuedToken issue(AuthenticatedUser user) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        store.save(new AccessToken(hash(token), user.kind(), user.id(), now, now.plus(ttl)));
        return new IssuedToken(token, ttl.toSeconds());
    }

    /** The user a live token belongs to; empty for unknown, expired or revoked tokens. */
    public Optional<AuthenticatedUser> resolve(String bearerToken) {
        String presented = bearerToken.trim();
        if (presented.length() != TOKEN_CHARS) {
            // not of the form issue() makes (a partner's access token, docs/signing.md): no stored hash can match
            return Optional.empty();
        }
        Instant now = clock.instant();
        String id = hash(presented);
        Live known = live.get(id);
        // past RECHECK one request asks the database again while the others go on with the remembered owner (never
        // past the expiry), so 100 concurrent requests of one client send one query, not 100
        if (known != null && now.isBefore(known.expiresAt())
                && (now.isBefore(known.recheckAt()) || !known.rechecking().compareAndSet(false, true))) {
            return Optional.of(known.user());
        }
        long before = forgettings.get();
        Optional<AccessToken> token;
        Optional<AuthenticatedUser> user;
        try {
            token = store.findById(id).filter(t -> t.isLive(now));
            user = token.flatMap(t -> principals.load(t.principalKind(), t.principalId()));
        } catch (RuntimeException e) {
            live.remove(id); // not confirmed: nobody goes on with it
            throw e;
        }
        if (user.isPresent() && user.get().isApplicant()) {
            if (live.size() >= MAX_REMEMBERED) {
                live.clear();
            }
            live.put(id, new Live(user.get(), token.get().expiresAt(), now.plus(RECHECK), new AtomicBoolean()));
            if (forgettings.get() != before) { // forgotten meanwhile: the row read may be gone by now
                live.remove(id);
            }
        } else {
            live.remove(id);
        }
        return user;
    }

    /** Logs out: the token stops working at once. Returns whether it was live. */
    @Transactional
    public boolean revoke(String bearerToken) {
        String id = hash(bearerToken.trim());
        forget(live -> live.getKey().equals(id));
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
        forget(live -> live.getValue().user().kind() == kind && live.getValue().user().id().equals(principalId));
        return store.deleteByPrincipal(kind, principalId);
    }

    /** Forgets the matching tokens now and once more when the caller's transaction has ended. */
    private void forget(Predicate<Map.Entry<String, Live>> which) {
        forgettings.incrementAndGet();
        live.entrySet().removeIf(which);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgettings.incrementAndGet();
                    live.entrySet().removeIf(which);
                }
            });
        }
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
    @Transactional
    public void purgeExpired() {
        store.deleteExpired(clock.instant());
    }

    static String hash(String token) {
        return Sha256.hex(token.getBytes(StandardCharsets.US_ASCII));
    }

    /** The token to hand out once, and its lifetime in seconds. */
    public record IssuedToken(@Schema(description = "Send as Authorization: Bearer <accessToken>.") String accessToken,
            @Schema(description = "Seconds until the token expires.") long expiresIn) {
    }
}
