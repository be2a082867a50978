package com.certhall.audit;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Result of walking the audit chain: how many entries were checked and, when the chain is broken, the first
 * entry whose stored hash or link does not match what its content says.
 *
 * @param firstBrokenSeq sequence number of the first bad entry, or null when the chain is intact
 * @param reason         why that entry is bad ({@code hash-mismatch}, {@code link-broken}, {@code gap}), or null
 */
public record ChainVerification(boolean intact, long entriesChecked,
        @Schema(description = "Sequence number of the first bad entry; absent when intact.") Long firstBrokenSeq,
        @Schema(description = "Why that entry is bad: hash-mismatch, link-broken or gap.") String reason) {

    public static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    public static ChainVerification broken(long checked, long seq, String reason) {
        return new ChainVerification(false, checked, seq, reason);
    }
}
