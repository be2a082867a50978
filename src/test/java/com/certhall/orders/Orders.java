package com.certhall.orders;

import com.certhall.catalog.FlowOrder;
import com.certhall.catalog.VerificationStage;
import com.certhall.orders.domain.Order;
import java.time.Instant;
import java.util.UUID;

/** Test fixtures: orders brought into each state through the real transitions, never by reflection. */
final class Orders {

    static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    static final String ACTOR = "applicant:test";

    private Orders() {
    }

    static Order draft() {
        return Order.draft(OrderId.random(), "CH" + System.nanoTime(), UUID.randomUUID(), "demo",
                OrderType.NEW, SubjectType.ORGANIZATION, ACTOR, NOW);
    }

    static Order submitted(boolean payFirst) {
        Order a = draft();
        a.submit(payFirst ? FlowOrder.PAY_THEN_REVIEW : FlowOrder.REVIEW_THEN_PAY, VerificationStage.AFTER_SUBMISSION,
                ACTOR, NOW);
        return a;
    }

    static Order in(OrderStatus status) {
        Order a;
        switch (status) {
            case DRAFT -> a = draft();
            case SUBMITTED -> a = submitted(true);
            case PENDING_PAYMENT -> {
                a = submitted(true);
                a.route(ACTOR, NOW);
            }
            case PENDING_REVIEW -> {
                a = submitted(false);
                a.route(ACTOR, NOW);
            }
            case REJECTED -> {
                a = in(OrderStatus.PENDING_REVIEW);
                a.reject("营业执照不清晰", "staff:reviewer", NOW);
            }
            case AWAITING_PAPER -> {
                a = draft();
                a.goOffline(FlowOrder.REVIEW_THEN_PAY, ACTOR, NOW);
            }
            case APPROVED -> {
                a = in(OrderStatus.PENDING_REVIEW);
                a.approve("staff:reviewer", NOW);
                a.markPaid("system", NOW);
            }
            case ISSUING -> {
                a = in(OrderStatus.APPROVED);
                a.startIssuing("system", NOW);
            }
            case ISSUED -> {
                a = in(OrderStatus.ISSUING);
                a.markIssued("system", NOW);
            }
            case SHIPPED -> {
                a = in(OrderStatus.ISSUED);
                a.ship("staff:operator", "SF 123", NOW);
            }
            case COMPLETED -> {
                a = in(OrderStatus.SHIPPED);
                a.complete("system", NOW);
            }
            case CANCELLED -> {
                a = draft();
                a.cancel("不再需要", ACTOR, NOW);
            }
            default -> throw new IllegalArgumentException(status.name());
        }
        if (a.status() != status) {
            throw new IllegalStateException("fixture reached " + a.status() + " instead of " + status);
        }
        return a;
    }
}
