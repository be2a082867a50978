package com.certhall.review;

import com.certhall.orders.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One review round of an order, as the queue and the history show it.
 *
 * @param round     1 for the first submission, +1 for each resubmission after a rejection
 * @param reasons   why the automatic checks did not approve it (empty when they did)
 * @param automatic whether the automatic checks decided it
 */
public record ReviewTaskView(UUID id, OrderId orderId, String orderNumber, String channel, String subjectName,
        int round, ReviewStatus status, List<ReviewReason> reasons, Instant openedAt, @Nullable Instant decidedAt,
        @Nullable String decidedBy, @Nullable String decisionReason, boolean automatic, long version) {

    public ReviewTaskView {
        reasons = List.copyOf(reasons);
    }
}
