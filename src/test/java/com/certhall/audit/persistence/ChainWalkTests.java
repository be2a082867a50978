package com.certhall.audit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.audit.AuditKeys;
import com.certhall.audit.ChainVerification;
import com.certhall.audit.domain.AuditHashing;
import com.certhall.audit.persistence.AuditCheckpoints.Checkpoint;
import com.certhall.audit.persistence.ChainWalk.Row;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The migration path of docs/security.md, "Audit chain": entries chained with plain SHA-256 before the anchor stay
 * as they are and are vouched for by the signed anchor; entries after it are HMAC-linked.
 */
class ChainWalkTests {

    private static final Instant KEYS_MADE = Instant.parse("2026-12-05T08:00:00Z");
    private static final Instant T = Instant.parse("2026-11-30T08:00:00Z");

    private final TestKeys keys = new TestKeys();

    @Test
    void legacyEntriesBeforeTheAnchorAndKeyedEntriesAfterItVerify() {
        List<Row> rows = chain(3, 2);
        assertThat(walk(rows, anchor(rows.get(2), KEYS_MADE)).intact()).isTrue();
    }

    @Test
    void aLegacyEntryRewrittenWithSha256UpToTheAnchorIsCaughtByTheAnchor() {
        List<Row> rows = chain(3, 2);
        Checkpoint anchor = anchor(rows.get(2), KEYS_MADE);
        List<Row> forged = new ArrayList<>(rows.subList(0, 1));
        String prev = forged.get(0).hash();
        for (int i = 1; i < 3; i++) {
            Row r = rows.get(i);
            String subject = i == 1 ? "forged" : r.subject();
            String hash = AuditHashing.legacyHash(r.seq(), r.id(), r.occurredAt(), r.action(), r.actor(), subject,
                    r.details(), prev);
            forged.add(new Row(r.seq(), r.id(), r.occurredAt(), r.action(), r.actor(), subject, r.details(), prev, hash));
            prev = hash;
        }
        forged.addAll(rows.subList(3, 5));

        ChainVerification result = walk(forged, anchor);
        assertThat(result.intact()).isFalse();
        assertThat(result.reason()).isEqualTo("checkpoint-mismatch");
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void aKeyedEntryRewrittenWithSha256IsAHashMismatch() {
        List<Row> rows = chain(3, 2);
        Row r = rows.get(3);
        String hash = AuditHashing.legacyHash(r.seq(), r.id(), r.occurredAt(), r.action(), r.actor(), "forged",
                r.details(), r.prevHash());
        rows.set(3, new Row(r.seq(), r.id(), r.occurredAt(), r.action(), r.actor(), "forged", r.details(),
                r.prevHash(), hash));

        ChainVerification result = walk(rows, anchor(rows.get(2), KEYS_MADE));
        assertThat(result.reason()).isEqualTo("hash-mismatch");
        assertThat(result.firstBrokenSeq()).isEqualTo(4);
        assertThat(result.brokenEntryId()).isEqualTo(104);
    }

    @Test
    void aChainWithoutAnchorOrWithALateOneIsRefused() {
        List<Row> rows = chain(0, 2);
        assertThat(walk(rows).reason()).isEqualTo("anchor-missing");
        Checkpoint late = anchor(0, AuditHashing.GENESIS, KEYS_MADE.plus(Duration.ofDays(30)));
        assertThat(walk(rows, late).reason()).isEqualTo("anchor-late");
    }

    /** {@code legacy} SHA-256-linked entries, then {@code keyed} HMAC-linked ones. */
    private List<Row> chain(int legacy, int keyed) {
        List<Row> rows = new ArrayList<>();
        String prev = AuditHashing.GENESIS;
        for (int seq = 1; seq <= legacy + keyed; seq++) {
            long id = 100 + seq;
            Instant at = T.plusSeconds(seq);
            String hash = seq <= legacy
                    ? AuditHashing.legacyHash(seq, id, at, "test.walk", "system", "s" + seq, "{}", prev)
                    : AuditHashing.mac(keys, seq, id, at, "test.walk", "system", "s" + seq, "{}", prev);
            rows.add(new Row(seq, id, at, "test.walk", "system", "s" + seq, "{}", prev, hash));
            prev = hash;
        }
        return rows;
    }

    private Checkpoint anchor(Row head, Instant signedAt) {
        return anchor(head.seq(), head.hash(), signedAt);
    }

    private Checkpoint anchor(long seq, String hash, Instant signedAt) {
        byte[] signature = keys.sign(AuditHashing.checkpoint(AuditCheckpoints.ANCHOR, seq, hash, signedAt));
        return new Checkpoint(seq, AuditCheckpoints.ANCHOR, hash, signedAt, keys.keyId(),
                Base64.getEncoder().encodeToString(signature));
    }

    private ChainVerification walk(List<Row> rows, Checkpoint... checkpoints) {
        ChainWalk walk = new ChainWalk(keys, List.of(checkpoints));
        if (walk.checkpointsValid()) {
            for (Row row : rows) {
                if (!walk.done()) {
                    walk.check(row);
                }
            }
        }
        return walk.result(rows.isEmpty() ? 0 : rows.get(rows.size() - 1).seq());
    }

    /** In-memory audit keys for the walk alone. */
    private static final class TestKeys implements AuditKeys {

        private final SecretKeySpec macKey = new SecretKeySpec("test-audit-chain-key-32-bytes!!!"
                .getBytes(StandardCharsets.US_ASCII), "HmacSHA256");
        private final KeyPair pair;

        TestKeys() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(256);
                pair = generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public byte[] mac(byte[] data) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(macKey);
                return mac.doFinal(data);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public byte[] sign(byte[] data) {
            try {
                Signature s = Signature.getInstance("SHA256withECDSA");
                s.initSign(pair.getPrivate());
                s.update(data);
                return s.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean verify(byte[] data, byte[] signature) {
            try {
                Signature s = Signature.getInstance("SHA256withECDSA");
                s.initVerify(pair.getPublic());
                s.update(data);
                return s.verify(signature);
            } catch (GeneralSecurityException e) {
                return false;
            }
        }

        @Override
        public Instant createdAt() {
            return KEYS_MADE;
        }

        @Override
        public String keyId() {
            return "test";
        }
    }
}
