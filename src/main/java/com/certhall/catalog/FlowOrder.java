package com.certhall.catalog;

/**
 * The order of payment and review after an application is submitted: pay then review [BJCA, CFCA] or review then
 * pay [SXCA]. The order state machine asks this policy where to go next instead of testing the channel itself.
 */
public enum FlowOrder {
    PAY_THEN_REVIEW, REVIEW_THEN_PAY;

    /** The first step after submission. */
    public FlowStep afterSubmission() {
        return this == PAY_THEN_REVIEW ? FlowStep.PAYMENT : FlowStep.REVIEW;
    }

    /** The step that follows {@code done}; fulfilment once both payment and review are behind. */
    public FlowStep after(FlowStep done) {
        return switch (done) {
            case PAYMENT -> this == PAY_THEN_REVIEW ? FlowStep.REVIEW : FlowStep.FULFILMENT;
            case REVIEW -> this == REVIEW_THEN_PAY ? FlowStep.PAYMENT : FlowStep.FULFILMENT;
            case FULFILMENT -> FlowStep.FULFILMENT;
        };
    }

    /** May the applicant pay now? Under review-then-pay only after approval. */
    public PolicyDecision checkPayment(boolean approved) {
        return this == REVIEW_THEN_PAY && !approved
                ? PolicyDecision.Rejection.of("reviewFirst", "catalog.flow.reviewFirst")
                : PolicyDecision.ALLOWED;
    }

    /** May a reviewer decide now? Under pay-then-review only once paid. */
    public PolicyDecision checkReview(boolean paid) {
        return this == PAY_THEN_REVIEW && !paid
                ? PolicyDecision.Rejection.of("payFirst", "catalog.flow.payFirst")
                : PolicyDecision.ALLOWED;
    }
}
