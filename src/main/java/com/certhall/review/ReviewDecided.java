package com.certhall.review;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import com.certhall.orders.OrderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A review round was decided, by a reviewer or by the automatic checks ({@code automatic}); written to the audit log
 * with the reviewer in the transaction of the decision. Messages name the channel in the applicant's language
 * (catalog {@code ChannelTexts}), so the event carries its code only.
 */
public record ReviewDecided(OrderId orderId, String orderNumber, String channel, int round,
        ReviewDecision decision, @Nullable String reason, boolean automatic, String actor, Instant at)
        implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("review." + decision.name().toLowerCase(java.util.Locale.ROOT), actor,
                "order:" + orderNumber).with("round", round).with("reason", reason).with("automatic", automatic);
    }
}
