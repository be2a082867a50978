package com.certhall.orders.domain;

import com.certhall.orders.OrderCommands.CancelOrder;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderFacts.CancellationFollowUp;
import com.certhall.orders.OrderView;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Cancelling an order, by its applicant or by staff and other modules: the move commits in its own transaction, then
 * each {@link CancellationFollowUp} runs outside it; one failing does not undo the cancellation.
 */
@Service
public class OrderCancellation {

    private static final Logger log = LoggerFactory.getLogger(OrderCancellation.class);

    private final Submission submission;
    private final OrderMoves moves;
    private final ObjectProvider<CancellationFollowUp> followUps;

    // the follow-ups are looked up per cancellation: the modules that follow up depend on the orders facade themselves
    OrderCancellation(Submission submission, OrderMoves moves, ObjectProvider<CancellationFollowUp> followUps) {
        this.submission = submission;
        this.moves = moves;
        this.followUps = followUps;
    }

    public OrderView cancel(CancelOrder cmd) {
        return followUp(submission.cancel(cmd), cmd.reason(), cmd.actor());
    }

    public OrderView cancel(OrderId id, String reason, String actor) {
        return followUp(moves.cancel(id, reason, actor), reason, actor);
    }

    private OrderView followUp(OrderView cancelled, @Nullable String reason, String actor) {
        for (CancellationFollowUp followUp : followUps.orderedStream().toList()) {
            try {
                followUp.cancelled(cancelled, reason == null ? "" : reason, actor);
            } catch (RuntimeException e) {
                log.warn("Follow-up of cancelled order {} failed; its module retries: {}", cancelled.number(),
                        e.toString());
            }
        }
        return cancelled;
    }
}
