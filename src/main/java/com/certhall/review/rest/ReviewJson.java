package com.certhall.review.rest;

import com.certhall.review.ReviewReason;
import com.certhall.review.ReviewStatus;
import com.certhall.review.ReviewTaskView;
import com.certhall.review.web.ReasonTexts;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A review round in the API: ids as strings, each reason with its code, arguments and localized text. */
record ReviewJson(UUID id, String orderId, String orderNumber, String channel, String subjectName, int round,
        ReviewStatus status, List<Reason> reasons, Instant openedAt, @Nullable Instant decidedAt,
        @Nullable String decidedBy, @Nullable String decisionReason, boolean automatic) {

    record Reason(String code, List<String> args, String message) {
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
