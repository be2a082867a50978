package com.certhall.orders;

import com.certhall.shared.StateTable;
import java.util.EnumSet;
import java.util.Set;

/**
 * The states of an order and the one table of moves between them (docs/architecture.md, "Order states").
 * Paying and reviewing happen in the order the channel sets; an order is {@link #APPROVED} once both are done.
 */
public enum OrderStatus implements StateTable<OrderStatus> {
    DRAFT, SUBMITTED, PENDING_PAYMENT, PENDING_REVIEW, REJECTED, AWAITING_PAPER, APPROVED, ISSUING, ISSUED, SHIPPED,
    COMPLETED, CANCELLED;

    @Override
    public Set<OrderStatus> successors() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, AWAITING_PAPER, CANCELLED);
            // a lifecycle order that needs neither payment nor review (a revocation) is approved on submission
            case SUBMITTED -> EnumSet.of(PENDING_PAYMENT, PENDING_REVIEW, APPROVED, AWAITING_PAPER, CANCELLED);
            case PENDING_PAYMENT -> EnumSet.of(PENDING_REVIEW, APPROVED, CANCELLED);
            case PENDING_REVIEW -> EnumSet.of(PENDING_PAYMENT, APPROVED, REJECTED, CANCELLED);
            case REJECTED -> EnumSet.of(PENDING_REVIEW, AWAITING_PAPER, CANCELLED);
            case AWAITING_PAPER -> EnumSet.of(PENDING_PAYMENT, PENDING_REVIEW, CANCELLED);
            // an order that issues nothing (a revocation) is done once approved and carried out
            case APPROVED -> EnumSet.of(ISSUING, COMPLETED, CANCELLED);
            case ISSUING -> EnumSet.of(ISSUED);
            case ISSUED -> EnumSet.of(SHIPPED, COMPLETED);
            case SHIPPED -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    /** Still in progress: blocks a second order for the same subject in the same channel. */
    public boolean isActive() {
        return this != COMPLETED && this != CANCELLED;
    }

    /**
     * After submission a UKEY's mailing address may still be corrected, until it has been shipped (CFCA, BJCA);
     * before submission the delivery step itself is open.
     */
    public boolean allowsAddressChange() {
        return switch (this) {
            case SUBMITTED, PENDING_PAYMENT, PENDING_REVIEW, AWAITING_PAPER, APPROVED, ISSUING, ISSUED -> true;
            default -> false;
        };
    }

    /** The applicant may still change the order's data. */
    public boolean isEditable() {
        return this == DRAFT || this == REJECTED;
    }
}
