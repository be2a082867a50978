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

    /** A copy with one more detail, written as {@link #detail} writes it. */
    public AuditRecord with(String key, Object value) {
        Map<String, String> more = new LinkedHashMap<>(details);
        more.put(key, detail(value));
        return new AuditRecord(action, actor, subject, more);
    }

    /** A detail's value as the trail keeps it: its text, and null as an empty string. */
    public static String detail(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
