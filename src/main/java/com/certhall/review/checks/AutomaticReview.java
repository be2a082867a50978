package com.certhall.review.checks;

import com.certhall.review.ReviewReason;
import java.util.ArrayList;
import java.util.List;

/**
 * The automatic checks in order: identity checks passed, required materials present, names consistent, check
 * digits right, scans agree with what was entered, partner registration, and no signed paper that needs a
 * person's eyes. An order is approved
 * automatically only when none of them gives a reason.
 */
public final class AutomaticReview {

    private final List<ReviewCheck> checks;

    public AutomaticReview() {
        this(List.of(new VerificationsPassed(), new RequiredMaterialsPresent(), new NamesConsistent(),
                new IdentifiersValid(), new ScansAgree(), new PrerequisiteMet(), new NoPaperNeedsEyes()));
    }

    AutomaticReview(List<ReviewCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** Every reason the order needs a reviewer; empty means it may be approved automatically. */
    public List<ReviewReason> reasons(ReviewFacts facts) {
        List<ReviewReason> reasons = new ArrayList<>();
        for (ReviewCheck check : checks) {
            reasons.addAll(check.check(facts));
        }
        return reasons;
    }
}
