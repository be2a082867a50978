package com.certhall.lifecycle;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A UKEY order at the operator's desk.
 *
 * @param status         waiting, produced, shipped or collected
 * @param deliveryMethod {@code MAIL} or {@code PICKUP}
 * @param collectedBy    who collected it (name and masked ID) for a pickup
 */
public record ProductionView(UUID applicationId, String orderNumber, ProductionStatus status, String deliveryMethod,
        @Nullable String carrier, @Nullable String trackingNumber, @Nullable String collectedBy, Instant approvedAt,
        Instant updatedAt) {
}
