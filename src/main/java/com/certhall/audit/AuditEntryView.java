package com.certhall.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One stored audit entry as an auditor sees it.
 *
 * @param chainSeq position in the hash chain, or null while the entry waits (at most a second) to be chained
 */
public record AuditEntryView(long id, Long chainSeq, Instant occurredAt, String action, String actor, String subject,
        Map<String, String> details, String prevHash, String hash) {
}
