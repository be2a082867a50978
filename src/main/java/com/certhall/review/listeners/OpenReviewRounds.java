package com.certhall.review.listeners;

import com.certhall.orders.OrderEvents.VerificationRecorded;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderStatusChanged;
import com.certhall.review.ReviewManagement;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After an order's move commits: entering review opens a round and runs the automatic checks; leaving review by
 * any other way than a decision here (cancelled, or approved on the paper path) closes the waiting round; a verification result recorded later re-runs the checks on the waiting
 * round. All are idempotent, so a redelivered event changes nothing.
 */
@Component
class OpenReviewRounds {

    private final ReviewManagement reviews;

    OpenReviewRounds(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    @ApplicationModuleListener
    void on(OrderStatusChanged event) {
        if (event.to() == OrderStatus.PENDING_REVIEW) {
            reviews.open(event.applicationId());
        } else if (event.from() == OrderStatus.PENDING_REVIEW) {
            reviews.closeWaiting(event.applicationId(), event.action(), event.actor());
        }
    }

    @ApplicationModuleListener
    void on(VerificationRecorded event) {
        reviews.recheck(event.order());
    }
}
