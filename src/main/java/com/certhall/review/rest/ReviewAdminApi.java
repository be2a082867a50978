package com.certhall.review.rest;

import com.certhall.orders.OrderId;
import com.certhall.review.ReviewDecision;
import com.certhall.review.ReviewManagement;
import com.certhall.review.ReviewQuery;
import com.certhall.review.ReviewStatus;
import com.certhall.review.web.ReasonTexts;
import com.certhall.shared.Caller;
import com.certhall.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reviewers' API (docs/review.md, "API and pages"): the queue, and a decision on an order in review. */
@RestController
@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
class ReviewAdminApi {

    /** {@code decision}: {@code APPROVE} or {@code REJECT}; a rejection needs a {@code reason}. */
    record Decision(@Nullable String decision, @Nullable String reason) {
    }

    private final ReviewManagement reviews;
    private final ReasonTexts texts;

    ReviewAdminApi(ReviewManagement reviews, ReasonTexts texts) {
        this.reviews = reviews;
        this.texts = texts;
    }

    @GetMapping("/api/v1/admin/reviews")
    @Operation(summary = "The review queue, filtered by status, channel, age and reason (REVIEWER, ADMIN)")
    List<ReviewJson> queue(@RequestParam(defaultValue = "PENDING") String status,
            @RequestParam(required = false) @Nullable String channel,
            @RequestParam(required = false) @Nullable Integer olderThanHours,
            @RequestParam(required = false) @Nullable String reason, Locale locale) {
        return reviews.queue(new ReviewQuery(parse(ReviewStatus.class, "status", status), blankToNull(channel),
                olderThanHours == null || olderThanHours <= 0 ? null : Duration.ofHours(olderThanHours),
                blankToNull(reason))).stream().map(t -> ReviewJson.of(t, texts, locale)).toList();
    }

    @PostMapping("/api/v1/admin/reviews/{orderId}/decision")
    @Operation(summary = "Approves an order in review, or rejects it with a reason (REVIEWER, ADMIN)")
    ReviewJson decide(@PathVariable String orderId, @RequestBody Decision body, Locale locale, Caller staff) {
        ReviewDecision decision = parse(ReviewDecision.class, "decision", body.decision());
        return ReviewJson.of(reviews.decide(OrderId.fromPath(orderId), decision, body.reason(), staff.auditActor()),
                texts, locale);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, @Nullable String raw) {
        try {
            return Enum.valueOf(type, raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "oneOf", "review.validation.oneOf", field);
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
