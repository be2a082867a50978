package com.certhall.review;

import com.certhall.orders.OrderId;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A review round was decided, by a reviewer or by the automatic checks ({@code automatic}); written to the audit log
 * with the reviewer in the transaction of the decision. {@code channelName}: the name the round recorded (Chinese).
 */
public record ReviewDecided(OrderId orderId, String orderNumber, String channel, String channelName, int round,
        ReviewDecision decision, @Nullable String reason, boolean automatic, String actor, Instant at)
        implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("review." + decision.name().toLowerCase(java.util.Locale.ROOT), actor,
                "order:" + orderNumber).with("round", round).with("reason", reason).with("automatic", automatic);
    }
}
