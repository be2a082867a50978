package com.certhall.sandbox.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The simulated handsets and mailboxes: every SMS and e-mail the sandbox providers accepted, as the recipient
 * would see it. This is test data by design, so it holds full numbers and codes.
 */
@Component
@Profile("sandbox")
public class SandboxInbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SandboxInbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Message(UUID id, String kind, String to, String subject, String text, Instant sentAt) {
    }

    public Message deliver(String kind, String to, String subject, String text) {
        Message message = new Message(UUID.randomUUID(), kind, to, subject, text, clock.instant());
        jdbc.update("INSERT INTO sandbox_message (id, kind, recipient, subject, text, sent_at) VALUES (?, ?, ?, ?, ?, ?)",
                message.id(), kind, to, subject, text, OffsetDateTime.ofInstant(message.sentAt(), ZoneOffset.UTC));
        return message;
    }

    /** Newest first; {@code to} filters by exact recipient (a mobile or an e-mail address) when given. */
    public List<Message> messages(String to, int limit) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT * FROM sandbox_message";
        if (to != null && !to.isBlank()) {
            sql += " WHERE recipient = ?";
            args.add(to.trim());
        }
        sql += " ORDER BY sent_at DESC, id LIMIT ?";
        args.add(Math.max(1, Math.min(limit, 500)));
        return jdbc.query(sql, (rs, i) -> new Message(rs.getObject("id", UUID.class), rs.getString("kind"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("text"),
                rs.getObject("sent_at", OffsetDateTime.class).toInstant()), args.toArray());
    }

    public long countSince(String to, Instant since) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM sandbox_message WHERE recipient = ? AND sent_at >= ?",
                Long.class, to, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        return n == null ? 0 : n;
    }
}
