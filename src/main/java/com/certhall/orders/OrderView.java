package com.certhall.orders;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Read model of an order for other modules and the API; {@code onPaper}: the applicant chose the paper form instead
 * of online identity checks, materials and SMS signature; {@code certificateSerial}: the certificate a lifecycle order
 * (renewal, change, reissue, revocation) acts on, null for a new order; {@code language}: the one the applicant signed
 * in, which the order's messages are written in.
 */
public record OrderView(OrderId id, String number, UUID accountId, String channel, OrderType type,
        SubjectType subjectType, OrderStatus status, boolean payFirst, boolean paid, boolean approved,
        boolean onPaper, String rejectionReason, Instant createdAt, Instant updatedAt, long version,
        @Nullable String certificateSerial, Locale language) {
}
