package com.certhall.review;

import com.certhall.orders.OrderId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Review of orders (docs/review.md). When an order enters review a round is opened and the automatic checks run;
 * an order they find nothing against is approved as {@value #AUTO_ACTOR}, the rest waits in the manual queue with
 * the reasons. Reviewers approve, or reject with a reason; the applicant then fixes the order and resubmits, which
 * opens the next round with the earlier ones kept as its history.
 */
public interface ReviewManagement {

    /** The actor of automatic approvals in the order history and the audit log. */
    String AUTO_ACTOR = "system:auto-review";

    /**
     * Opens a review round for an order that entered review and runs the automatic checks. Idempotent: an order
     * with a round already waiting, or no longer in review, is left as it is.
     */
    Optional<ReviewTaskView> open(OrderId id);

    /**
     * Runs the automatic checks again on the order's waiting round, when a verification result arrived after the
     * round was opened: the reasons are brought up to date, and an order with none left is approved. A round a
     * reviewer decided is not touched.
     */
    Optional<ReviewTaskView> recheck(OrderId id);

    /**
     * A reviewer's decision on the order's waiting round; a rejection needs a reason (shown to the applicant).
     * Refused with a 409 when the order is not waiting for review.
     */
    ReviewTaskView decide(OrderId id, ReviewDecision decision, @Nullable String reason, String actor);

    /**
     * Closes a waiting round of an order that left review without a decision here (cancelled, or decided on the
     * paper path); a round decided here is already closed and stays as it is.
     */
    void closeWaiting(OrderId id, String action, String actor);

    /** The queue, oldest first. */
    List<ReviewTaskView> queue(ReviewQuery query);

    /** Every round of an order, first to last (its review history). */
    List<ReviewTaskView> rounds(OrderId id);
}
