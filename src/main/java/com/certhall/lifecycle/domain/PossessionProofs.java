package com.certhall.lifecycle.domain;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.lifecycle.PossessionProof;
import com.certhall.pki.CloudKeys;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Proof of possession of a certificate's current key before an unchanged renewal (docs/lifecycle.md, "Renewal"):
 * a random server challenge is signed by the key through a {@link PossessionProof} (the signing service, with the
 * holder's signing PIN) and the signature is checked against the certificate's public key by the CA core, not by
 * the code that signed. A proof is good for one renewal order within {@link #VALIDITY}; a wrong PIN is refused
 * naming {@code pin} and counts towards the key's lock.
 */
@Service
@Transactional
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

    /** Whether a renewal of this certificate needs a proof of possession first (a way serves its key). */
    @Transactional(readOnly = true)
    public boolean required(HeldCertificateView held) {
        return way(held).isPresent();
    }

    /**
     * Has the certificate's key sign a new challenge under {@code pin} and keeps the proof when the signature verifies.
     * The caller checked that {@code held} belongs to the account.
     */
    public Proven prove(UUID account, HeldCertificateView held, @Nullable String pin, String actor) {
        PossessionProof way = way(held).orElseThrow(() -> new ConflictException("lifecycle.possession.notNeeded",
                "no proof of possession serves " + held.serialHex()));
        if (pin == null || pin.isBlank()) {
            throw InvalidInputException.of("pin", "required", "validation.required", "pin");
        }
        byte[] challenge = challenge(held.serialHex());
        PossessionProof.Outcome outcome = way.sign(held, pin.strip(), challenge, PURPOSE, actor);
        if (outcome instanceof PossessionProof.Refused refused) {
            audit.recordNow(AuditRecord.of("lifecycle.possession.refused", actor, "certificate:" + held.serialHex())
                    .with("why", refused.reason().name()).with("retriesLeft", String.valueOf(refused.retriesLeft())));
            throw switch (refused.reason()) {
                case WRONG_SECRET -> InvalidInputException.of("pin", "wrong",
                        "validation.lifecycle.possession.wrongPin", "pin", refused.retriesLeft());
                case LOCKED -> new ConflictException("lifecycle.possession.locked",
                        "the key of " + held.serialHex() + " is locked");
                case NOT_ACTIVATED -> new ConflictException("lifecycle.possession.notActivated",
                        held.serialHex() + " has no signing PIN yet");
            };
        }
        byte[] signature = ((PossessionProof.Signed) outcome).signature();
        if (!keys.verifies(held.serialHex(), challenge, signature)) {
            audit.recordNow(AuditRecord.of("lifecycle.possession.refused", actor, "certificate:" + held.serialHex())
                    .with("why", "SIGNATURE"));
            throw new ConflictException("lifecycle.possession.signature",
                    "the signature over the challenge does not verify with " + held.serialHex());
        }
        Instant now = clock.instant();
        Instant until = now.plus(VALIDITY);
        jdbc.sql("INSERT INTO lifecycle_possession_proof (id, serial_hex, account_id, challenge, signature, proven_at, "
                + "expires_at, proven_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), held.serialHex(), account,
                        Base64.getEncoder().encodeToString(challenge), Base64.getEncoder().encodeToString(signature),
                        utc(now), utc(until), actor)
                .update();
        audit.record(AuditRecord.of("lifecycle.possession.proven", actor, "certificate:" + held.serialHex()));
        return new Proven(held.serialHex(), until);
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

    private Optional<PossessionProof> way(HeldCertificateView held) {
        return ways.stream().filter(w -> w.serves(held)).findFirst();
    }

    /** What the key signs: names the purpose and the certificate, with 32 random bytes no one can foresee. */
    private static byte[] challenge(String serialHex) {
        byte[] nonce = new byte[32];
        RANDOM.nextBytes(nonce);
        return ("CertHall renewal proof of possession " + serialHex + " "
                + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce)).getBytes(StandardCharsets.UTF_8);
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
