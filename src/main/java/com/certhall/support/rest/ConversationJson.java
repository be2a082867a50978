package com.certhall.support.rest;

import com.certhall.support.conversation.ConversationView;
import com.certhall.support.conversation.Message;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A support conversation as the JSON API shows it, with its messages after {@code after} (all by default). */
record ConversationJson(String id, @Schema(description = "WAITING, ANSWERED or CLOSED") String status,
        @Nullable String orderId, @Nullable String assignedTo, Instant createdAt, Instant lastMessageAt,
        List<SupportMessageJson> messages) {

    record SupportMessageJson(int seq, @Schema(description = "STAFF or CUSTOMER") String from, String text, Instant at) {
    }

    static ConversationJson of(ConversationView c, List<Message> messages, boolean withAssignee) {
        return new ConversationJson(c.id().toString(), c.status(),
                c.orderId() == null ? null : c.orderId().toString(), withAssignee ? c.assignedTo() : null,
                c.createdAt(), c.lastMessageAt(), messages.stream().map(m -> new SupportMessageJson(m.seq(),
                        m.fromStaff() ? "STAFF" : "CUSTOMER", m.body(), m.createdAt())).toList());
    }
}
