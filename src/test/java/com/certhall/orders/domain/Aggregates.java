package com.certhall.orders.domain;

import static com.certhall.orders.Orders.ACTOR;
import static com.certhall.orders.Orders.NOW;

import com.certhall.catalog.FlowOrder;
import com.certhall.catalog.VerificationStage;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderType;
import com.certhall.orders.SubjectType;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The order aggregate in memory, for the domain's own tests ({@code Aggregates.anOrder().payingFirst().submitted()}),
 * reached through the real transitions. Tests outside the domain use {@link com.certhall.orders.Orders}, which goes
 * through the facade or the API.
 */
final class Aggregates {

    private boolean payFirst = true;

    private Aggregates() {
    }

    static Aggregates anOrder() {
        return new Aggregates();
    }

    /** The channel takes payment before review (the default). */
    Aggregates payingFirst() {
        this.payFirst = true;
        return this;
    }

    Aggregates reviewedFirst() {
        this.payFirst = false;
        return this;
    }

    Order draft() {
        return Order.draft(OrderId.random(), "CH" + System.nanoTime(), UUID.randomUUID(), "demo", OrderType.NEW,
                SubjectType.ORGANIZATION, ACTOR, NOW);
    }

    Order submitted() {
        Order order = draft();
        order.submit(payFirst ? FlowOrder.PAY_THEN_REVIEW : FlowOrder.REVIEW_THEN_PAY,
                VerificationStage.AFTER_SUBMISSION, ACTOR, NOW);
        return order;
    }

    /**
     * An order in {@code status}. The flow follows the state where it must: {@code PENDING_PAYMENT} comes from a
     * pay-first order, {@code PENDING_REVIEW} (and what follows it) from a review-first one.
     */
    Order in(OrderStatus status) {
        Order order = switch (status) {
            case DRAFT -> draft();
            case SUBMITTED -> payingFirst().submitted();
            case PENDING_PAYMENT -> routed(payingFirst().submitted());
            case PENDING_REVIEW -> routed(reviewedFirst().submitted());
            case REJECTED -> then(in(OrderStatus.PENDING_REVIEW),
                    o -> o.reject("营业执照不清晰", "staff:reviewer", NOW));
            case AWAITING_PAPER -> then(draft(), o -> {
                o.goOffline(FlowOrder.REVIEW_THEN_PAY, ACTOR, NOW);
                o.submitOnPaper(ACTOR, NOW);
            });
            case APPROVED -> then(in(OrderStatus.PENDING_REVIEW), o -> {
                o.approve("staff:reviewer", NOW);
                o.markPaid("system", NOW);
            });
            case ISSUING -> then(in(OrderStatus.APPROVED), o -> o.startIssuing("system", NOW));
            case ISSUED -> then(in(OrderStatus.ISSUING), o -> o.markIssued("system", NOW));
            case SHIPPED -> then(in(OrderStatus.ISSUED), o -> o.ship("staff:operator", "SF 123", NOW));
            case COMPLETED -> then(in(OrderStatus.SHIPPED), o -> o.complete("system", NOW));
            case CANCELLED -> then(draft(), o -> o.cancel("不再需要", ACTOR, NOW));
        };
        if (order.status() != status) {
            throw new IllegalStateException("fixture reached " + order.status() + " instead of " + status);
        }
        return order;
    }

    private static Order routed(Order order) {
        order.route(ACTOR, NOW);
        return order;
    }

    private static Order then(Order order, Consumer<Order> move) {
        move.accept(order);
        return order;
    }
}
