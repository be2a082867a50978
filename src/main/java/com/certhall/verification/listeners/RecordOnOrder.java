package com.certhall.verification.listeners;

import com.certhall.orders.OrderManagement;
import com.certhall.orders.VerificationRecord.Outcome;
import com.certhall.verification.VerificationFailed;
import com.certhall.verification.VerificationNeedsManualReview;
import com.certhall.verification.VerificationPassed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes each finished verification case into its order's record, in the transaction that finishes the case, so the
 * order never disagrees with its checks: the wizard can go on the moment a check passes, and review reads the
 * results without depending on this module. Idempotent by verification id (a repeated report changes nothing).
 */
@Component
class RecordOnOrder {

    private final OrderManagement orders;

    RecordOnOrder(OrderManagement orders) {
        this.orders = orders;
    }

    @EventListener
    void on(VerificationPassed e) {
        orders.recordVerification(e.order(), e.verificationId().id(), e.party().name(), e.method().name(), Outcome.PASSED,
                e.how(), e.at());
    }

    @EventListener
    void on(VerificationFailed e) {
        orders.recordVerification(e.order(), e.verificationId().id(), e.party().name(), e.method().name(), Outcome.FAILED,
                e.reason(), e.at());
    }

    @EventListener
    void on(VerificationNeedsManualReview e) {
        orders.recordVerification(e.order(), e.verificationId().id(), e.party().name(), e.method().name(), Outcome.MANUAL,
                e.reason(), e.at());
    }
}
