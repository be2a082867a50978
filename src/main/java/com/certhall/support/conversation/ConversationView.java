package com.certhall.support.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A support conversation. {@code WAITING} while the customer's last message has no answer ({@code waitingSince}
 * says since when), {@code ANSWERED} after staff wrote, {@code CLOSED} when staff closed it; a new customer message
 * opens it again.
 */
public record ConversationView(UUID id, @Nullable UUID accountId, @Nullable String contactMobile,
        @Nullable UUID orderId, String status, @Nullable String assignedTo, Instant createdAt,
        @Nullable Instant firstResponseAt, Instant lastMessageAt, @Nullable Instant waitingSince, long version) {

    public boolean waiting() {
        return "WAITING".equals(status);
    }

    public @Nullable Duration firstResponse() {
        return firstResponseAt == null ? null : Duration.between(createdAt, firstResponseAt);
    }
}
