package com.certhall.review.checks;

import com.certhall.orders.Subject;
import com.certhall.orders.VerificationRecord;
import com.certhall.review.ReviewReason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every party the channel checks has passed its latest identity check. A check that ended for a reviewer
 * (micro-deposit skipped or run out) brings its note, a failed one its reason, and a party never checked is "not
 * verified". The organisation counts as verified by its own micro-deposit or by its legal representative; a
 * handler who is the legal representative by the legal representative's check (as the wizard routes them). An
 * order with no passed check at all is "not verified" even in a channel that checks no one online: without a
 * proven identity a person must look.
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
        for (String party : facts.checkedParties()) {
            if (!passed(party, latest, facts) && !latest.containsKey(party)) {
                reasons.add(ReviewReason.of("notVerified", party));
            }
        }
        if (reasons.isEmpty()
                && latest.values().stream().noneMatch(r -> r.outcome() == VerificationRecord.Outcome.PASSED)) {
            reasons.add(ReviewReason.of("notVerified"));
        }
        return reasons;
    }

    private static boolean passed(String party, Map<String, VerificationRecord> latest, ReviewFacts facts) {
        return switch (party) {
            case "ORGANIZATION", "LEGAL_REP" -> passed(latest, "ORGANIZATION") || passed(latest, "LEGAL_REP");
            case "HANDLER" -> passed(latest, "HANDLER") || (facts.order().draft().subject()
                    instanceof Subject.Organization org && org.handlerIsLegalRep() && passed(latest, "LEGAL_REP"));
            default -> passed(latest, party);
        };
    }

    private static boolean passed(Map<String, VerificationRecord> latest, String party) {
        VerificationRecord r = latest.get(party);
        return r != null && r.outcome() == VerificationRecord.Outcome.PASSED;
    }
}
