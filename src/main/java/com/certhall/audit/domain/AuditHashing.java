package com.certhall.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of an entry: SHA-256 over its position in the chain, its id, time, action, actor, subject, canonical
 * details and the previous entry's hash, separated by a unit separator so that no field can bleed into the next.
 */
public final class AuditHashing {

    public static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';

    private AuditHashing() {
    }

    public static String hash(long seq, long id, Instant occurredAt, String action, String actor, String subject,
            String canonicalDetails, String prevHash) {
        String content = String.join(String.valueOf(SEPARATOR), Long.toString(seq), Long.toString(id), occurredAt.toString(), action,
                actor, subject, canonicalDetails, prevHash);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
