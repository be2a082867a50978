package com.certhall.orders;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An order with everything the applicant entered and its history, for reviewers, payments, verification and the
 * applicant's own pages. The draft holds identifiers in full: mask them ({@link Party#maskedIdNumber()}) before
 * they leave the service hall.
 *
 * @param authorizationSignedAt when the legal representative signed the authorization online, or null
 * @param authorizationSignedBy who signed it (name and masked ID), or null
 */
public record OrderDetails(OrderView order, OrderDraft draft, List<Move> history,
        Instant authorizationSignedAt, String authorizationSignedBy) {

    public OrderDetails {
        history = List.copyOf(history);
    }

    public OrderId id() {
        return order.id();
    }

    public long totalFen() {
        return draft.totalFen();
    }

    /** One line of the order's history. */
    public record Move(OrderStatus from, OrderStatus to, String action, String actor, String note,
            Instant at) {
    }

    /** One entry of the wizard's step indicator: its name, its page (null for the agreement), done, shown now. */
    public record WizardStep(String name, @Nullable String url, boolean done, boolean current) {
    }
}
