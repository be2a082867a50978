package com.certhall.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Result of walking the audit chain and its signed checkpoints: how many entries and checkpoints were checked and,
 * when the chain is broken, where (the first bad chain position and its entry id) and how.
 *
 * @param firstBrokenSeq sequence number of the first bad entry, or null when the chain is intact
 * @param reason         why it is bad: {@code hash-mismatch}, {@code link-broken}, {@code gap},
 *                       {@code missing-entries}, {@code checkpoint-mismatch}, {@code checkpoint-signature},
 *                       {@code truncated}, {@code anchor-missing}, {@code anchor-late}; null when intact
 */
public record ChainVerification(boolean intact, long entriesChecked,
        @Schema(description = "Sequence number of the first bad entry; absent when intact.") @Nullable Long firstBrokenSeq,
        @Schema(description = "Why it is bad: hash-mismatch, link-broken, gap, missing-entries, checkpoint-mismatch, "
                + "checkpoint-signature, truncated, anchor-missing or anchor-late.") @Nullable String reason,
        @Schema(description = "Signed checkpoints whose signature and chain position were checked.")
        long checkpointsChecked,
        @Schema(description = "Id of the bad entry, when it exists.") @Nullable Long brokenEntryId,
        @Schema(description = "What was found, in words.") @Nullable String detail) {

    public static ChainVerification intact(long checked, long checkpoints) {
        return new ChainVerification(true, checked, null, null, checkpoints, null, null);
    }

    public static ChainVerification broken(long checked, long checkpoints, long seq, @Nullable Long entryId,
            String reason, String detail) {
        return new ChainVerification(false, checked, seq, reason, checkpoints, entryId, detail);
    }
}
