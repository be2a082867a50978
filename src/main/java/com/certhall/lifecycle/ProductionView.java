package com.certhall.lifecycle;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A UKEY order at the operator's desk.
 *
 * @param status         waiting, produced, shipped or collected
 * @param deliveryMethod {@code MAIL} or {@code PICKUP}
 * @param collectedBy    who collected it (name and masked ID) for a pickup
 * @param deliveredAt    when a shipped UKEY was signed for or its holder confirmed receipt
 */
public record ProductionView(@Schema(description = "The order's id.") UUID applicationId, String orderNumber,
        @Schema(description = "WAITING, PRODUCED, SHIPPED, DELIVERED or COLLECTED.") ProductionStatus status,
        @Schema(description = "MAIL or PICKUP.") String deliveryMethod, @Nullable String carrier,
        @Nullable String trackingNumber,
        @Schema(description = "Who collected a picked-up UKEY: name and masked ID number.")
        @Nullable String collectedBy,
        @Schema(description = "When a shipped UKEY was signed for (courier) or its receipt confirmed (holder).")
        @Nullable Instant deliveredAt,
        Instant approvedAt, Instant updatedAt) {
}
