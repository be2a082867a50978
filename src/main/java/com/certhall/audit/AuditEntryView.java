package com.certhall.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

/**
 * One stored audit entry as an auditor sees it.
 *
 * @param chainSeq position in the hash chain, or null while the entry waits (at most a second) to be chained
 */
public record AuditEntryView(long id,
        @Schema(description = "Position in the hash chain; absent while the entry waits (at most a second) to be "
                + "chained.") Long chainSeq,
        Instant occurredAt, @Schema(description = "What happened, e.g. catalog.channel.created.") String action,
        @Schema(description = "Who did it, e.g. staff:alice or applicant:<id>.") String actor,
        @Schema(description = "What it happened to, e.g. payment:<id>.") String subject,
        @Schema(description = "Further facts, personal data masked.") Map<String, String> details,
        @Schema(description = "Hash of the previous entry in the chain.") String prevHash,
        @Schema(description = "HMAC-SHA256 of this entry's content and prevHash under the audit chain key (SHA-256 for "
                + "entries chained before the anchor).") String hash) {
}
