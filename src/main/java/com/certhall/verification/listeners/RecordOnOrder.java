package com.certhall.verification.listeners;

import com.certhall.applications.VerificationRecord.Outcome;
import com.certhall.applications.VerificationRecords;
import com.certhall.verification.VerificationFailed;
import com.certhall.verification.VerificationNeedsManualReview;
import com.certhall.verification.VerificationPassed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes each finished verification case into its order's record, after the case commits, so review can read the
 * results without depending on this module. Idempotent by verification id (redeliveries change nothing).
 */
@Component
class RecordOnOrder {

    private final VerificationRecords records;

    RecordOnOrder(VerificationRecords records) {
        this.records = records;
    }

    @ApplicationModuleListener
    void on(VerificationPassed e) {
        records.record(e.order(), e.verificationId().id(), e.party().name(), e.method().name(), Outcome.PASSED,
                e.how(), e.at());
    }

    @ApplicationModuleListener
    void on(VerificationFailed e) {
        records.record(e.order(), e.verificationId().id(), e.party().name(), e.method().name(), Outcome.FAILED,
                e.reason(), e.at());
    }

    @ApplicationModuleListener
    void on(VerificationNeedsManualReview e) {
        records.record(e.order(), e.verificationId().id(), e.party().name(), e.method().name(), Outcome.MANUAL,
                e.reason(), e.at());
    }
}
