package com.certhall.audit.persistence;

import com.certhall.audit.AuditKeys;
import com.certhall.audit.ChainVerification;
import com.certhall.audit.domain.AuditHashing;
import com.certhall.audit.persistence.AuditCheckpoints.Checkpoint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One pass over the chain in chain order (docs/security.md, "Audit chain"): every checkpoint's signature first, then
 * each entry's sequence, link to its predecessor, and its MAC (after the anchor) or SHA-256 (up to the anchor), and
 * at each checkpoint's position the link the checkpoint signed. Stops at the first fault and says where and how.
 */
final class ChainWalk {

    /** An anchor signed later than this after the audit keys were made is a re-anchoring, not the original. */
    static final Duration ANCHOR_WINDOW = Duration.ofDays(1);

    private final AuditKeys keys;
    private final TreeMap<Long, Checkpoint> checkpoints = new TreeMap<>();
    private long anchorSeq = -1;
    private long checked;
    private long lastSeq;
    private String lastHash = AuditHashing.GENESIS;
    private @Nullable ChainVerification broken;

    ChainWalk(AuditKeys keys, List<Checkpoint> all) {
        this.keys = keys;
        for (Checkpoint checkpoint : all) {
            checkpoints.put(checkpoint.seq(), checkpoint);
            if (AuditCheckpoints.ANCHOR.equals(checkpoint.kind())) {
                anchorSeq = checkpoint.seq();
            }
        }
    }

    /** Checks the checkpoints themselves; false when one is missing or forged. */
    boolean checkpointsValid() {
        if (anchorSeq < 0) {
            return fail(1, null, "anchor-missing", "no signed anchor: the keyed chain's starting point was deleted");
        }
        for (Checkpoint c : checkpoints.values()) {
            boolean signed;
            try {
                signed = keys.verify(c.signed(), Base64.getDecoder().decode(c.signature()));
            } catch (IllegalArgumentException e) {
                signed = false;
            }
            if (!signed) {
                return fail(c.seq(), null, "checkpoint-signature", "the " + c.kind().toLowerCase(Locale.ROOT)
                        + " at position " + c.seq() + " is not signed by the audit key " + keys.keyId());
            }
        }
        Checkpoint anchor = checkpoints.get(anchorSeq);
        if (anchor.signedAt().isAfter(keys.createdAt().plus(ANCHOR_WINDOW))) {
            return fail(anchorSeq, null, "anchor-late", "the anchor was signed " + anchor.signedAt()
                    + ", long after the audit keys were made (" + keys.createdAt() + "): the original was replaced");
        }
        return true;
    }

    /** One chained entry as stored. */
    record Row(long seq, long id, Instant occurredAt, String action, String actor, String subject, String details,
            String prevHash, String hash) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(rs.getLong("chain_seq"), rs.getLong("id"),
                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("action"),
                    rs.getString("actor"), rs.getString("subject"), rs.getString("details"), rs.getString("prev_hash"),
                    rs.getString("hash"));
        }
    }

    void check(Row row) {
        long seq = row.seq();
        checked++;
        if (seq != lastSeq + 1) {
            fail(lastSeq + 1, null, "gap", "entries " + (lastSeq + 1) + " to " + (seq - 1) + " are missing");
            return;
        }
        if (!lastHash.equals(row.prevHash())) {
            fail(seq, row.id(), "link-broken", "entry " + seq + " does not point to the link of entry " + lastSeq);
            return;
        }
        boolean keyed = seq > anchorSeq;
        String expected = keyed
                ? AuditHashing.mac(keys, seq, row.id(), row.occurredAt(), row.action(), row.actor(), row.subject(),
                        row.details(), row.prevHash())
                : AuditHashing.legacyHash(seq, row.id(), row.occurredAt(), row.action(), row.actor(), row.subject(),
                        row.details(), row.prevHash());
        if (!expected.equals(row.hash())) {
            fail(seq, row.id(), "hash-mismatch", keyed
                    ? "entry " + seq + " was changed after it was chained: its HMAC-SHA256 does not match its content"
                    : "entry " + seq + " (before the anchor) does not match its SHA-256");
            return;
        }
        Checkpoint checkpoint = checkpoints.get(seq);
        if (checkpoint != null && !checkpoint.headHash().equals(row.hash())) {
            fail(seq, row.id(), "checkpoint-mismatch", "the " + checkpoint.kind().toLowerCase(Locale.ROOT)
                    + " signed " + checkpoint.signedAt() + " vouches for another link at position " + seq
                    + ": entries up to here were rewritten");
            return;
        }
        lastSeq = seq;
        lastHash = row.hash();
    }

    /** The verdict after all entries were seen; {@code headSeq} is what the chain head row says. */
    ChainVerification result(long headSeq) {
        if (broken != null) {
            return broken;
        }
        long lastCheckpoint = checkpoints.isEmpty() ? 0 : checkpoints.lastKey();
        if (lastCheckpoint > lastSeq) {
            fail(lastSeq + 1, null, "truncated", "a checkpoint vouches for position " + lastCheckpoint
                    + " but the chain ends at " + lastSeq);
        } else if (headSeq != lastSeq) {
            fail(lastSeq + 1, null, "missing-entries", "the chain head says " + headSeq + " entries, "
                    + lastSeq + " were found");
        }
        return broken != null ? broken : ChainVerification.intact(checked, checkpoints.size());
    }

    boolean done() {
        return broken != null;
    }

    private boolean fail(long seq, @Nullable Long id, String reason, String detail) {
        broken = ChainVerification.broken(checked, checkpoints.size(), seq, id, reason, detail);
        return false;
    }
}
