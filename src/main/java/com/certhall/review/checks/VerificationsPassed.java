package com.certhall.review.checks;

import com.certhall.applications.VerificationRecord;
import com.certhall.review.ReviewReason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every party's latest identity check passed. A check that ended for a reviewer (micro-deposit skipped or run
 * out) brings its note; a failed one its reason. An order with no passed check at all is "not verified": without
 * a proven identity a person must look, whatever the channel offers.
 */
public final class VerificationsPassed implements ReviewCheck {

    @Override
    public List<ReviewReason> check(ReviewFacts facts) {
        Map<String, VerificationRecord> latest = new LinkedHashMap<>();
        for (VerificationRecord r : facts.verifications()) {
            latest.put(r.party(), r);
        }
        List<ReviewReason> reasons = new ArrayList<>();
        for (VerificationRecord r : latest.values()) {
            String note = r.note() == null ? "" : r.note();
            switch (r.outcome()) {
                case MANUAL -> reasons.add(ReviewReason.of("verificationManual", r.party(), r.method(), note));
                case FAILED -> reasons.add(ReviewReason.of("verificationFailed", r.party(), r.method(), note));
                case PASSED -> {
                }
            }
        }
        if (latest.values().stream().noneMatch(r -> r.outcome() == VerificationRecord.Outcome.PASSED)
                && reasons.isEmpty()) {
            reasons.add(ReviewReason.of("notVerified"));
        }
        return reasons;
    }
}
