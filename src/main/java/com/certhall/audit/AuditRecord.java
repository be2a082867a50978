package com.certhall.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What happened, who did it and to what. {@code action} is a stable dotted name ({@code accounts.login.failed});
 * {@code actor} names the doer ({@code applicant:<id>}, {@code staff:reviewer}, {@code system},
 * {@code anonymous}); {@code subject} the thing acted on. Details hold masked values only: callers pass
 * {@code mobile.masked()}, never the raw number; the trail masks ID and mobile patterns once more anyway.
 */
public record AuditRecord(String action, String actor, String subject, Map<String, String> details) {

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        actor = actor == null || actor.isBlank() ? "anonymous" : actor;
        subject = subject == null ? "" : subject;
        details = Map.copyOf(details);
    }

    public static AuditRecord of(String action, String actor, String subject) {
        return new AuditRecord(action, actor, subject, Map.of());
    }

    /** A copy with one more detail; null values are written as an empty string. */
    public AuditRecord with(String key, Object value) {
        Map<String, String> more = new LinkedHashMap<>(details);
        more.put(key, value == null ? "" : String.valueOf(value));
        return new AuditRecord(action, actor, subject, more);
    }
}
