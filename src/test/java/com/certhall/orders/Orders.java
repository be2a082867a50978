package com.certhall.orders;

import com.certhall.catalog.FlowOrder;
import com.certhall.catalog.VerificationStage;
import com.certhall.orders.domain.Order;
import com.certhall.support.OrderApi;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The one fixture for orders, always reaching a state through the real transitions, never by reflection:
 * <ul>
 * <li>{@code Orders.anOrder().forChannel("bid-cloud").payingFirst().submitted()}: the aggregate, for domain tests;
 * <li>{@code Orders.anOrder().handledBy(mobile).through(api).inReview()}: an applicant walks the orders API over
 * HTTP ({@link ApiOrders});
 * <li>{@code Orders.anOrder().forChannel(c).through(orders).awaitingPaymentOnPaper(product)}: in-process
 * through the facades ({@link FacadeOrders}).
 * </ul>
 * The main code has a repository of the same simple name in {@code orders.persistence}; a test that needs both
 * names this one in full.
 */
public final class Orders {

    public static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    public static final String ACTOR = "applicant:test";

    private String channel = "demo";
    private SubjectType subjectType = SubjectType.ORGANIZATION;
    private boolean payFirst = true;
    private String handlerMobile;
    private UUID account = UUID.randomUUID();

    private Orders() {
    }

    public static Orders anOrder() {
        return new Orders();
    }

    public Orders forChannel(String channel) {
        this.channel = channel;
        return this;
    }

    public Orders ofSubject(SubjectType subjectType) {
        this.subjectType = subjectType;
        return this;
    }

    /** The channel takes payment before review (the default). */
    public Orders payingFirst() {
        this.payFirst = true;
        return this;
    }

    public Orders reviewedFirst() {
        this.payFirst = false;
        return this;
    }

    /** The mobile of the handler (and, for an organisation, its legal representative): signature codes go there. */
    public Orders handledBy(String mobile) {
        this.handlerMobile = mobile;
        return this;
    }

    /** The applicant's account (a new one unless set). */
    public Orders forAccount(UUID account) {
        this.account = account;
        return this;
    }

    /** Moves the order in-process through the orders facade, as {@code account} in {@code channel}. */
    public FacadeOrders through(OrderManagement orders) {
        return new FacadeOrders(orders, account, channel, subjectType);
    }

    /** Walks the orders API as the applicant behind {@code api}; the channel is the scenario's unless set. */
    public ApiOrders through(OrderApi api) {
        if (handlerMobile == null) {
            throw new IllegalStateException("handledBy(mobile) first: the signature code goes to the handler");
        }
        return new ApiOrders(api, handlerMobile, "demo".equals(channel) ? null : channel);
    }

    public Order draft() {
        return Order.draft(OrderId.random(), "CH" + System.nanoTime(), account, channel,
                OrderType.NEW, subjectType, ACTOR, NOW);
    }

    public Order submitted() {
        Order order = draft();
        order.submit(payFirst ? FlowOrder.PAY_THEN_REVIEW : FlowOrder.REVIEW_THEN_PAY,
                VerificationStage.AFTER_SUBMISSION, ACTOR, NOW);
        return order;
    }

    /**
     * An order in {@code status}. The flow follows the state where it must: {@code PENDING_PAYMENT} comes from a
     * pay-first order, {@code PENDING_REVIEW} (and what follows it) from a review-first one.
     */
    public Order in(OrderStatus status) {
        Order order = switch (status) {
            case DRAFT -> draft();
            case SUBMITTED -> payingFirst().submitted();
            case PENDING_PAYMENT -> routed(payingFirst().submitted());
            case PENDING_REVIEW -> routed(reviewedFirst().submitted());
            case REJECTED -> then(in(OrderStatus.PENDING_REVIEW),
                    o -> o.reject("营业执照不清晰", "staff:reviewer", NOW));
            case AWAITING_PAPER -> then(draft(), o -> o.goOffline(FlowOrder.REVIEW_THEN_PAY, ACTOR, NOW));
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
