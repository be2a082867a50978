package com.certhall.orders;

import com.certhall.orders.domain.Order;
import com.certhall.orders.persistence.Orders;
import com.certhall.orders.persistence.OrderNumbers;
import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.FlowOrder;
import com.certhall.documents.DocumentManagement;
import com.certhall.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orders facade. Other modules report results here ({@link #markPaid}, {@link #approve}, {@link #reject},
 * issuance steps) so the whole state machine lives in one aggregate; each call is one transaction that saves the
 * order, its history line and its events (audit entry and outbox) together.
 */
@Service
public class OrderManagement {

    private final Orders orders;
    private final OrderNumbers numbers;
    private final DocumentManagement documents;
    private final CatalogManagement catalog;
    private final Clock clock;

    OrderManagement(Orders orders, OrderNumbers numbers, DocumentManagement documents,
            CatalogManagement catalog, Clock clock) {
        this.orders = orders;
        this.catalog = catalog;
        this.documents = documents;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public OrderView get(OrderId id) {
        return view(load(id));
    }

    /** The order if {@code accountId} owns it; another account's order is reported as not found. */
    @Transactional(readOnly = true)
    public OrderView getOwned(OrderId id, UUID accountId) {
        return view(owned(id, accountId));
    }

    @Transactional(readOnly = true)
    public List<OrderView> ofAccount(UUID accountId) {
        return orders.findByAccount(accountId).stream().map(OrderManagement::view).toList();
    }

    /** The order with its data and history (for review, payments, verification, lifecycle). */
    @Transactional(readOnly = true)
    public OrderDetails details(OrderId id) {
        return details(load(id));
    }

    /** As {@link #details(OrderId)} when {@code accountId} owns the order; else 404. */
    @Transactional(readOnly = true)
    public OrderDetails detailsOwned(OrderId id, UUID accountId) {
        return details(owned(id, accountId));
    }

    /** The order's total in fen as quoted when its products were chosen. */
    @Transactional(readOnly = true)
    public long totalFen(OrderId id) {
        return load(id).draft().totalFen();
    }

    /** Verification after submission is done: on to payment or review as the channel's flow says. */
    @Transactional
    public OrderView route(OrderId id, String actor) {
        return change(id, a -> a.route(actor, clock.instant()));
    }

    @Transactional
    public OrderView cancel(OrderId id, String reason, String actor) {
        return change(id, a -> a.cancel(reason, actor, clock.instant()));
    }

    @Transactional
    public OrderView markPaid(OrderId id, String actor) {
        return change(id, a -> a.markPaid(actor, clock.instant()));
    }

    @Transactional
    public OrderView approve(OrderId id, String actor) {
        return change(id, a -> a.approve(actor, clock.instant()));
    }

    /** Returns the order for correction: editable again and its materials unlocked for replacement. */
    @Transactional
    public OrderView reject(OrderId id, String reason, String actor) {
        OrderView rejected = change(id, a -> a.reject(reason, actor, clock.instant()));
        documents.unlock(OrderMaterials.owner(id), actor);
        return rejected;
    }

    @Transactional
    public OrderView startIssuing(OrderId id, String actor) {
        return change(id, a -> a.startIssuing(actor, clock.instant()));
    }

    @Transactional
    public OrderView markIssued(OrderId id, String actor) {
        return change(id, a -> a.markIssued(actor, clock.instant()));
    }

    @Transactional
    public OrderView ship(OrderId id, String note, String actor) {
        return change(id, a -> a.ship(actor, note, clock.instant()));
    }

    @Transactional
    public OrderView complete(OrderId id, String actor) {
        return change(id, a -> a.complete(actor, clock.instant()));
    }

    /**
     * The paper path: the order waits for its signed paper form. The form lists what is applied for, so a draft needs
     * its products first (409 {@code orders.step.missing.items}); the channel's flow order is kept.
     */
    @Transactional
    public OrderView goOffline(OrderId id, String actor) {
        Order order = load(id);
        if (order.status() == OrderStatus.DRAFT && order.draft().lines().isEmpty()) {
            throw new StepMissingException("items");
        }
        return change(id, a -> a.goOffline(catalog.findChannel(a.channel())
                .map(c -> c.flow() == FlowOrder.PAY_THEN_REVIEW).orElse(false), actor, clock.instant()));
    }

    @Transactional
    public OrderView receivePaper(OrderId id, String actor) {
        return change(id, a -> a.receivePaper(actor, clock.instant()));
    }

    /** Creates a draft order; used by the wizard's first step. */
    @Transactional
    public OrderView createDraft(UUID accountId, String channel, OrderType type, SubjectType subjectType,
            String actor) {
        Order a = Order.draft(OrderId.random(), numbers.next(), accountId, channel, type,
                subjectType, actor, clock.instant());
        return view(orders.save(a));
    }

    private OrderView change(OrderId id, Consumer<Order> move) {
        Order a = load(id);
        move.accept(a);
        return view(orders.save(a));
    }

    private Order owned(OrderId id, UUID accountId) {
        Order a = load(id);
        if (!a.accountId().equals(accountId)) {
            throw new NotFoundException("order", id);
        }
        return a;
    }

    static OrderDetails details(Order a) {
        return new OrderDetails(view(a), a.draft(), a.history().stream()
                .map(h -> new OrderDetails.Move(h.from(), h.to(), h.action(), h.actor(), h.note(), h.at()))
                .toList(), a.authorizationSignedAt(), a.authorizationSignedBy());
    }

    private Order load(OrderId id) {
        return orders.findById(id.id()).orElseThrow(() -> new NotFoundException("order", id));
    }

    static OrderView view(Order a) {
        return new OrderView(a.id(), a.number(), a.accountId(), a.channel(), a.type(), a.subjectType(),
                a.status(), a.isPayFirst(), a.isPaid(), a.isApproved(), a.rejectionReason(), a.createdAt(),
                a.updatedAt(), a.version());
    }
}
