package com.certhall.review.listeners;

import com.certhall.orders.OrderEvents.VerificationRecorded;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderStatusChanged;
import com.certhall.review.ReviewManagement;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After an order's move commits: entering review opens a round and runs the automatic checks; leaving review by
 * any other way than a decision here (cancelled, or approved on the paper path) closes the waiting round; a verification result recorded later re-runs the checks on the waiting
 * round. All are idempotent, so a redelivered event changes nothing. The listeners run after commit, asynchronously,
 * without a transaction of their own: the review desk reads the scans (OCR, seconds each) before it opens the short
 * transaction that records the round, so no database connection waits for the OCR engine (docs/review.md).
 */
@Component
class OpenReviewRounds {

    private final ReviewManagement reviews;

    OpenReviewRounds(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    @Async
    @TransactionalEventListener
    void on(OrderStatusChanged event) {
        if (event.to() == OrderStatus.PENDING_REVIEW) {
            reviews.open(event.applicationId());
        } else if (event.from() == OrderStatus.PENDING_REVIEW) {
            reviews.closeWaiting(event.applicationId(), event.action(), event.actor());
        }
    }

    @Async
    @TransactionalEventListener
    void on(VerificationRecorded event) {
        reviews.recheck(event.order());
    }
}
