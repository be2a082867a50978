package com.certhall.orders;

import java.time.Instant;
import java.util.UUID;

/** Read model of an order for other modules and the API. */
public record OrderView(OrderId id, String number, UUID accountId, String channel, OrderType type,
        SubjectType subjectType, OrderStatus status, boolean payFirst, boolean paid, boolean approved,
        String rejectionReason, Instant createdAt, Instant updatedAt, long version) {
}
