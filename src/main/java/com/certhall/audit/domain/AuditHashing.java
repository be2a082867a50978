package com.certhall.audit.domain;

import com.certhall.audit.AuditKeys;
import com.certhall.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The link of an entry: HMAC-SHA256 under the chain key ({@link AuditKeys}) over its position in the chain, its id,
 * time, action, actor, subject, canonical details and the previous entry's link, separated by a unit separator so
 * that no field can bleed into the next. Entries chained before the keyed chain's anchor carry a plain SHA-256 of
 * the same content ({@link #legacyHash}); docs/security.md, "Audit chain", tells how they stay protected.
 */
public final class AuditHashing {

    public static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';

    private AuditHashing() {
    }

    /** The keyed link of an entry chained after the anchor. */
    public static String mac(AuditKeys keys, long seq, long id, Instant occurredAt, String action, String actor,
            String subject, String canonicalDetails, String prevHash) {
        return HexFormat.of().formatHex(keys.mac(content(seq, id, occurredAt, action, actor, subject,
                canonicalDetails, prevHash)));
    }

    /** The unkeyed SHA-256 link of entries chained before the anchor (and of the whole chain before keying). */
    public static String legacyHash(long seq, long id, Instant occurredAt, String action, String actor,
            String subject, String canonicalDetails, String prevHash) {
        return Sha256.hex(content(seq, id, occurredAt, action, actor, subject, canonicalDetails, prevHash));
    }

    /** What a checkpoint's signature covers: its kind, the chain position and link it vouches for, and when. */
    public static byte[] checkpoint(String kind, long seq, String headHash, Instant signedAt) {
        return join("certhall-audit-checkpoint-v1", kind, Long.toString(seq), headHash, signedAt.toString());
    }

    private static byte[] content(long seq, long id, Instant occurredAt, String action, String actor, String subject,
            String canonicalDetails, String prevHash) {
        return join(Long.toString(seq), Long.toString(id), occurredAt.toString(), action, actor, subject,
                canonicalDetails, prevHash);
    }

    private static byte[] join(String... fields) {
        return String.join(String.valueOf(SEPARATOR), fields).getBytes(StandardCharsets.UTF_8);
    }
}
