package com.certhall.orders.domain;

import com.certhall.catalog.VerificationStage;
import com.certhall.orders.OrderStatus;
import java.util.List;

/** What the applicant can do next with an order in its current state (API {@code nextActions}, "my orders"). */
public final class NextActions {

    private NextActions() {
    }

    public static List<String> of(OrderStatus status, VerificationStage stage) {
        return switch (status) {
            case DRAFT -> List.of("CONTINUE", "SUBMIT", "CANCEL");
            case SUBMITTED -> stage == VerificationStage.AFTER_SUBMISSION ? List.of("VERIFY", "CANCEL")
                    : List.of("CANCEL");
            case PENDING_PAYMENT -> List.of("PAY", "CANCEL");
            case PENDING_REVIEW -> List.of("CANCEL");
            case REJECTED -> List.of("EDIT", "RESUBMIT", "CANCEL");
            case AWAITING_PAPER -> List.of("MAIL_PAPER", "CANCEL");
            // a shipped UKEY: the holder confirms receipt (lifecycle's POST /orders/{id}/receipt) or the courier's
            // delivery report completes it
            case SHIPPED -> List.of("CONFIRM_RECEIPT");
            case APPROVED, ISSUING, ISSUED, COMPLETED, CANCELLED -> List.of();
        };
    }
}
