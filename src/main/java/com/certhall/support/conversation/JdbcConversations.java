package com.certhall.support.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Conversations and their messages in plain SQL. */
@Repository
class JdbcConversations {

    private final JdbcClient jdbc;

    JdbcConversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ConversationView c, String clientIp) {
        jdbc.sql("""
                INSERT INTO support_conversation (id, account_id, contact_mobile, order_id, status, assigned_to,
                    created_at, first_response_at, last_message_at, waiting_since, client_ip, version)
                VALUES (?, ?, ?, ?, ?, NULL, ?, NULL, ?, ?, ?, 0)""")
                .params(c.id(), c.accountId(), c.contactMobile(), c.orderId(), c.status(), at(c.createdAt()),
                        at(c.lastMessageAt()), at(c.waitingSince()), clientIp)
                .update();
    }

    Optional<ConversationView> find(UUID id) {
        return jdbc.sql("SELECT * FROM support_conversation WHERE id = ?").param(id).query(JdbcConversations::row)
                .optional();
    }

    /** Locks the row until commit (messages of one conversation are numbered one after another). */
    Optional<ConversationView> lock(UUID id) {
        return jdbc.sql("SELECT * FROM support_conversation WHERE id = ? FOR UPDATE").param(id)
                .query(JdbcConversations::row).optional();
    }

    List<ConversationView> ofAccount(UUID accountId) {
        return jdbc.sql("SELECT * FROM support_conversation WHERE account_id = ? ORDER BY last_message_at DESC")
                .param(accountId).query(JdbcConversations::row).list();
    }

    List<ConversationView> ofVisitor(String mobile) {
        return jdbc.sql("""
                SELECT * FROM support_conversation WHERE account_id IS NULL AND contact_mobile = ?
                ORDER BY last_message_at DESC""").param(mobile).query(JdbcConversations::row).list();
    }

    /** Open conversations: the longest waiting first, then the most recently active. */
    List<ConversationView> open(int limit) {
        return jdbc.sql("""
                SELECT * FROM support_conversation WHERE status <> 'CLOSED'
                ORDER BY CASE WHEN status = 'WAITING' THEN 0 ELSE 1 END, waiting_since, last_message_at DESC
                LIMIT ?""").param(limit).query(JdbcConversations::row).list();
    }

    List<ConversationView> startedSince(Instant since) {
        return jdbc.sql("SELECT * FROM support_conversation WHERE created_at >= ?").param(at(since))
                .query(JdbcConversations::row).list();
    }

    /** Conversations visitors without an account started from this address. */
    long startedFrom(String clientIp, Instant since) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM support_conversation WHERE account_id IS NULL AND client_ip = ?
                AND created_at >= ?""").params(clientIp, at(since)).query(Long.class).single();
    }

    long startedBy(UUID accountId, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM support_conversation WHERE account_id = ? AND created_at >= ?")
                .params(accountId, at(since)).query(Long.class).single();
    }

    void update(UUID id, String status, @Nullable String assignedTo, @Nullable Instant firstResponseAt,
            Instant lastMessageAt, @Nullable Instant waitingSince) {
        jdbc.sql("""
                UPDATE support_conversation SET status = ?, assigned_to = ?, first_response_at = ?,
                    last_message_at = ?, waiting_since = ?, version = version + 1 WHERE id = ?""")
                .params(status, assignedTo, at(firstResponseAt), at(lastMessageAt), at(waitingSince), id).update();
    }

    int addMessage(UUID conversation, boolean fromStaff, String author, String body, Instant now) {
        int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM support_message WHERE conversation_id = ?")
                .param(conversation).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO support_message (id, conversation_id, seq, author_kind, author, body, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), conversation, seq, fromStaff ? "STAFF" : "CUSTOMER", author, body, at(now))
                .update();
        return seq;
    }

    long customerMessagesSince(UUID conversation, Instant since) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM support_message WHERE conversation_id = ? AND author_kind = 'CUSTOMER'
                AND created_at >= ?""").params(conversation, at(since)).query(Long.class).single();
    }

    List<Message> messages(UUID conversation, int afterSeq) {
        return jdbc.sql("SELECT * FROM support_message WHERE conversation_id = ? AND seq > ? ORDER BY seq")
                .params(conversation, afterSeq)
                .query((rs, n) -> new Message(rs.getInt("seq"), "STAFF".equals(rs.getString("author_kind")),
                        rs.getString("author"), rs.getString("body"), instant(rs, "created_at")))
                .list();
    }

    private static ConversationView row(ResultSet rs, int n) throws SQLException {
        return new ConversationView(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("contact_mobile"), rs.getObject("order_id", UUID.class), rs.getString("status"),
                rs.getString("assigned_to"), instant(rs, "created_at"), instant(rs, "first_response_at"),
                instant(rs, "last_message_at"), instant(rs, "waiting_since"), rs.getLong("version"));
    }

    private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
