package com.certhall.lifecycle.domain;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.lifecycle.PossessionProof;
import com.certhall.pki.CloudKeys;
import com.certhall.shared.ConflictException;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proof of possession of a certificate's current key before an unchanged renewal (docs/lifecycle.md, "Renewal"): a
 * random server challenge is signed by the key and the signature is checked against the certificate's public key by
 * the CA core, not by the code that signed. The key signs through a {@link PossessionProof} with the holder's secret
 * (a cloud certificate's signing PIN, a UKEY's PIN through the token), or the holder's UKEY middleware signs a
 * challenge given out here and sends the signature back ({@link #challenge}, {@link #answer}). A cloud certificate
 * may instead be proven by an SMS code ({@link PossessionBySms}). A proof is good for one renewal order within
 * {@link #VALIDITY}; a wrong PIN is refused naming {@code pin} and counts towards the key's lock.
 */
@Service
@Transactional(noRollbackFor = {InvalidInputException.class, ConflictException.class})
public class PossessionProofs {

    public static final Duration VALIDITY = Duration.ofMinutes(10);
    static final String PURPOSE = "证书更新：持有私钥证明 / renewal: proof of possession";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<PossessionProof> ways;
    private final CloudKeys keys;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PossessionProofs(List<PossessionProof> ways, CloudKeys keys, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.ways = List.copyOf(ways);
        this.keys = keys;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A proof made: the renewal of {@code serialHex} may start until {@code validUntil}. */
    public record Proven(String serialHex, Instant validUntil) {
    }

    /** A challenge for the holder's own middleware to sign (its UTF-8 bytes), answered once before it expires. */
    public record Challenge(UUID challengeId, String serialHex, String challenge, Instant expiresAt) {
    }

    /** Whether a renewal of this certificate needs a proof of possession first: a UKEY's always, else a way serves. */
    @Transactional(readOnly = true)
    public boolean required(HeldCertificateView held) {
        return ukey(held) || way(held).isPresent();
    }

    /** Whether the platform can ask the key to sign with a secret the holder types (a PIN field on the page). */
    @Transactional(readOnly = true)
    public boolean bySecret(HeldCertificateView held) {
        return way(held).isPresent();
    }

    /**
     * Has the certificate's key sign a new challenge under {@code pin} and keeps the proof when the signature verifies.
     * The caller checked that {@code held} belongs to the account.
     */
    public Proven prove(UUID account, HeldCertificateView held, @Nullable String pin, String actor) {
        Optional<PossessionProof> found = way(held);
        if (found.isEmpty()) {
            throw ukey(held) ? new ConflictException("lifecycle.possession.middleware",
                    "the key of " + held.serialHex() + " signs through the holder's UKEY middleware")
                    : notNeeded(held);
        }
        if (pin == null || pin.isBlank()) {
            throw InvalidInputException.of("pin", "required", "validation.required", "pin");
        }
        byte[] challenge = challenge(held.serialHex());
        PossessionProof.Outcome outcome = found.get().sign(held, pin.strip(), challenge, PURPOSE, actor);
        if (outcome instanceof PossessionProof.Refused refused) {
            refused(held, actor, refused.reason().name(), refused.retriesLeft());
            throw switch (refused.reason()) {
                case WRONG_SECRET -> InvalidInputException.of("pin", "wrong", ukey(held)
                        ? "validation.lifecycle.possession.wrongTokenPin" : "validation.lifecycle.possession.wrongPin",
                        "pin", refused.retriesLeft());
                case LOCKED -> new ConflictException(ukey(held) ? "lifecycle.possession.tokenLocked"
                        : "lifecycle.possession.locked", "the key of " + held.serialHex() + " is locked");
                case NOT_ACTIVATED -> new ConflictException("lifecycle.possession.notActivated",
                        held.serialHex() + " has no signing PIN yet");
                case KEY_UNAVAILABLE -> new ConflictException("lifecycle.possession.keyUnavailable",
                        "the key of " + held.serialHex() + " cannot sign");
            };
        }
        byte[] signature = ((PossessionProof.Signed) outcome).signature();
        if (!keys.verifies(held.serialHex(), challenge, signature)) {
            refused(held, actor, "SIGNATURE", -1);
            throw new ConflictException("lifecycle.possession.signature",
                    "the signature over the challenge does not verify with " + held.serialHex());
        }
        return keep(account, held, challenge, signature, ukey(held) ? "TOKEN_PIN" : "SIGNING_PIN", actor);
    }

    /**
     * A challenge for the holder's UKEY middleware (or any client holding the key) to sign; {@link #answer} takes the
     * signature once, within {@link #VALIDITY}.
     */
    public Challenge challenge(UUID account, HeldCertificateView held, String actor) {
        if (!required(held)) {
            throw notNeeded(held);
        }
        byte[] challenge = challenge(held.serialHex());
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO lifecycle_possession_challenge (id, serial_hex, account_id, challenge, issued_at, "
                + "expires_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, held.serialHex(), account, Base64.getEncoder().encodeToString(challenge), utc(now),
                        utc(now.plus(VALIDITY)), actor)
                .update();
        return new Challenge(id, held.serialHex(), new String(challenge, StandardCharsets.UTF_8),
                now.plus(VALIDITY));
    }

    /**
     * The signature (Base64) over a challenge from {@link #challenge}: the challenge is used up by the answer, right
     * or wrong; a signature that does not verify with the certificate is refused naming {@code signature}.
     */
    public Proven answer(UUID account, HeldCertificateView held, @Nullable UUID challengeId,
            @Nullable String signature, String actor) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Instant now = clock.instant();
        Optional<String> stored = challengeId == null ? Optional.empty() : jdbc.sql("SELECT challenge FROM "
                        + "lifecycle_possession_challenge WHERE id = ? AND serial_hex = ? AND account_id = ? "
                        + "AND answered_at IS NULL AND expires_at > ?")
                .params(challengeId, held.serialHex(), account, utc(now)).query(String.class).optional()
                .filter(c -> jdbc.sql("UPDATE lifecycle_possession_challenge SET answered_at = ? WHERE id = ? "
                        + "AND answered_at IS NULL").params(utc(now), challengeId).update() == 1);
        if (stored.isEmpty()) {
            errors.add(challengeId == null
                    ? FieldViolation.of("challengeId", "required", "validation.required", "challengeId")
                    : FieldViolation.of("challengeId", "spent", "validation.lifecycle.possession.challenge",
                            "challengeId"));
        }
        byte[] sig = signature == null ? null : decode(signature.strip());
        if (sig == null || sig.length == 0) {
            errors.add(FieldViolation.of("signature", signature == null || signature.isBlank() ? "required"
                    : "format", signature == null || signature.isBlank() ? "validation.required"
                    : "validation.lifecycle.possession.signatureFormat", "signature"));
        }
        errors.throwIfAny();
        byte[] challenge = Base64.getDecoder().decode(stored.get());
        if (!keys.verifies(held.serialHex(), challenge, sig)) {
            refused(held, actor, "SIGNATURE", -1);
            throw InvalidInputException.of("signature", "wrong", "validation.lifecycle.possession.signature",
                    "signature");
        }
        return keep(account, held, challenge, sig, "SIGNATURE", actor);
    }

    /** Takes the account's fresh proof for the certificate, if any: one renewal order per proof. */
    boolean consume(UUID account, String serialHex) {
        Instant now = clock.instant();
        Optional<UUID> fresh = jdbc.sql("SELECT id FROM lifecycle_possession_proof WHERE serial_hex = ? "
                        + "AND account_id = ? AND used_at IS NULL AND expires_at > ? ORDER BY proven_at DESC "
                        + "FETCH FIRST 1 ROWS ONLY")
                .params(serialHex, account, utc(now)).query(UUID.class).optional();
        return fresh.filter(id -> jdbc.sql("UPDATE lifecycle_possession_proof SET used_at = ? WHERE id = ? "
                + "AND used_at IS NULL").params(utc(now), id).update() == 1).isPresent();
    }

    /** Keeps a proof: the renewal may start within {@link #VALIDITY}. */
    Proven keep(UUID account, HeldCertificateView held, byte[] challenge, byte @Nullable [] signature, String way,
            String actor) {
        Instant now = clock.instant();
        Instant until = now.plus(VALIDITY);
        jdbc.sql("INSERT INTO lifecycle_possession_proof (id, serial_hex, account_id, challenge, signature, proven_at, "
                + "expires_at, proven_by, way) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), held.serialHex(), account, Base64.getEncoder().encodeToString(challenge),
                        signature == null ? null : Base64.getEncoder().encodeToString(signature), utc(now),
                        utc(until), actor, way)
                .update();
        audit.record(AuditRecord.of("lifecycle.possession.proven", actor, "certificate:" + held.serialHex())
                .with("way", way));
        return new Proven(held.serialHex(), until);
    }

    void refused(HeldCertificateView held, String actor, String why, int retriesLeft) {
        AuditRecord record = AuditRecord.of("lifecycle.possession.refused", actor, "certificate:" + held.serialHex())
                .with("why", why);
        audit.recordNow(retriesLeft < 0 ? record : record.with("retriesLeft", String.valueOf(retriesLeft)));
    }

    static boolean ukey(HeldCertificateView held) {
        return "UKEY".equals(held.medium());
    }

    private static ConflictException notNeeded(HeldCertificateView held) {
        return new ConflictException("lifecycle.possession.notNeeded",
                "no proof of possession serves " + held.serialHex());
    }

    private Optional<PossessionProof> way(HeldCertificateView held) {
        return ways.stream().filter(w -> w.serves(held)).findFirst();
    }

    private static byte @Nullable [] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What the key signs: names the purpose and the certificate, with 32 random bytes no one can foresee. */
    private static byte[] challenge(String serialHex) {
        byte[] nonce = new byte[32];
        RANDOM.nextBytes(nonce);
        return ("CertHall renewal proof of possession " + serialHex + " "
                + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce)).getBytes(StandardCharsets.UTF_8);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
