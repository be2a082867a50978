package com.certhall.review.rest;

import com.certhall.review.ReviewReason;
import com.certhall.review.ReviewStatus;
import com.certhall.review.ReviewTaskView;
import com.certhall.review.web.ReasonTexts;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A review round in the API: ids as strings, each reason with its code, arguments and localized text. */
record ReviewJson(UUID id, String orderId, String orderNumber, String channel,
        @Schema(description = "Name of the organization or person the order is for.") String subjectName,
        @Schema(description = "1 for the first submission, +1 for each resubmission after a rejection.") int round,
        ReviewStatus status,
        @Schema(description = "Why the automatic checks did not approve it; empty when they did.") List<Reason> reasons,
        Instant openedAt, @Nullable Instant decidedAt,
        @Schema(description = "Who decided: a staff user or the automatic checks.") @Nullable String decidedBy,
        @Schema(description = "The reviewer's reason for a rejection.") @Nullable String decisionReason,
        @Schema(description = "Whether the automatic checks decided it.") boolean automatic) {

    @Schema(name = "ReviewReason")
    record Reason(@Schema(description = "Stable code of the failed check.") String code,
            @Schema(description = "The values the message names.") List<String> args,
            @Schema(description = "The reason as text in the request's language.") String message) {
    }

    static ReviewJson of(ReviewTaskView t, ReasonTexts texts, Locale locale) {
        return new ReviewJson(t.id(), t.orderId().toString(), t.orderNumber(), t.channel(), t.subjectName(),
                t.round(), t.status(), t.reasons().stream().map(r -> reason(r, texts, locale)).toList(),
                t.openedAt(), t.decidedAt(), t.decidedBy(), t.decisionReason(), t.automatic());
    }

    private static Reason reason(ReviewReason r, ReasonTexts texts, Locale locale) {
        return new Reason(r.code(), r.args(), texts.text(r, locale));
    }
}
