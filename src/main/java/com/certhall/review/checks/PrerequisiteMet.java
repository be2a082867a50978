package com.certhall.review.checks;

import com.certhall.review.ReviewReason;
import java.util.List;

/**
 * For channels with a partner registry (SXCA: 焦煤在线), the organisation is registered there. A registry that did not
 * answer leaves the question to a reviewer rather than holding the order.
 */
public final class PrerequisiteMet implements ReviewCheck {

    @Override
    public List<ReviewReason> check(ReviewFacts facts) {
        String registry = facts.rules().prerequisiteName() == null ? "" : facts.rules().prerequisiteName();
        return switch (facts.prerequisite()) {
            case NOT_APPLICABLE, REGISTERED -> List.of();
            case NOT_REGISTERED -> List.of(ReviewReason.of("prerequisiteMissing", registry));
            case UNAVAILABLE -> List.of(ReviewReason.of("prerequisiteUnavailable", registry));
        };
    }
}
