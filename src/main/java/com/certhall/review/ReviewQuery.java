package com.certhall.review;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the review queue; null means "any".
 *
 * @param olderThan only rounds waiting at least this long
 * @param reason    only rounds with a reason of this code ({@code notVerified}, {@code materialsMissing} ...)
 */
public record ReviewQuery(ReviewStatus status, @Nullable String channel, @Nullable Duration olderThan,
        @Nullable String reason) {

    public static ReviewQuery pending() {
        return new ReviewQuery(ReviewStatus.PENDING, null, null, null);
    }
}
