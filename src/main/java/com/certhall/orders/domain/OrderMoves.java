package com.certhall.orders.domain;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.FlowOrder;
import com.certhall.documents.DocumentManagement;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.orders.SubjectType;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moves other modules and staff make on an order (paid, approved, rejected, issued, shipped, paper received,
 * …). Each is one transaction that saves the order, its history line and its events (audit entry and outbox)
 * together; the order itself decides where a move leads.
 */
@Service
public class OrderMoves {

    private final Orders orders;
    private final OrderNumbers numbers;
    private final DocumentManagement documents;
    private final CatalogManagement catalog;
    private final LifecycleOrders lifecycle;
    private final Clock clock;

    OrderMoves(Orders orders, OrderNumbers numbers, DocumentManagement documents, CatalogManagement catalog,
            LifecycleOrders lifecycle, Clock clock) {
        this.lifecycle = lifecycle;
        this.orders = orders;
        this.numbers = numbers;
        this.documents = documents;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional
    public OrderView route(OrderId id, String actor) {
        return change(id, o -> o.route(actor, clock.instant()));
    }

    @Transactional
    public OrderView cancel(OrderId id, String reason, String actor) {
        return change(id, o -> o.cancel(reason, actor, clock.instant()));
    }

    @Transactional
    public OrderView markPaid(OrderId id, String actor) {
        return change(id, o -> {
            o.markPaid(actor, clock.instant());
            lifecycle.approved(o, actor);
        });
    }

    @Transactional
    public OrderView approve(OrderId id, String actor) {
        return change(id, o -> {
            o.approve(actor, clock.instant());
            lifecycle.approved(o, actor);
        });
    }

    @Transactional
    public OrderView reject(OrderId id, String reason, String actor) {
        OrderView rejected = change(id, o -> o.reject(reason, actor, clock.instant()));
        documents.unlock(OrderMaterials.owner(id), actor);
        return rejected;
    }

    @Transactional
    public OrderView startIssuing(OrderId id, String actor) {
        return change(id, o -> o.startIssuing(actor, clock.instant()));
    }

    @Transactional
    public OrderView markIssued(OrderId id, String actor) {
        return change(id, o -> o.markIssued(actor, clock.instant()));
    }

    @Transactional
    public OrderView ship(OrderId id, String note, String actor) {
        return change(id, o -> o.ship(actor, note, clock.instant()));
    }

    @Transactional
    public OrderView complete(OrderId id, String actor) {
        return change(id, o -> {
            if ((o.type() == OrderType.UNLOCK || o.type().seal()) && o.status() == OrderStatus.APPROVED) {
                // an unlock or a seal order issues nothing: its code given or its seal made, it is done
                // (docs/lifecycle.md "PIN unlock", docs/seals.md "Seal orders")
                o.fulfil(actor, clock.instant());
            } else {
                o.complete(actor, clock.instant());
            }
        });
    }

    /** The paper path; a draft goes on through the steps paper does not replace ({@link Order#goOffline}). */
    @Transactional
    public OrderView goOffline(OrderId id, String actor) {
        Order order = orders.get(id);
        FlowOrder flow = catalog.findChannel(order.channel()).map(c -> c.flow()).orElse(FlowOrder.REVIEW_THEN_PAY);
        return change(id, o -> o.goOffline(flow, actor, clock.instant()));
    }

    @Transactional
    public OrderView receivePaper(OrderId id, String actor) {
        return change(id, o -> o.receivePaper(actor, clock.instant()));
    }

    @Transactional
    public OrderView createDraft(UUID accountId, String channel, OrderType type, SubjectType subjectType,
            String actor) {
        return OrderViews.view(orders.save(Order.draft(OrderId.random(), numbers.next(), accountId, channel, type,
                subjectType, actor, clock.instant())));
    }

    private OrderView change(OrderId id, Consumer<Order> move) {
        Order order = orders.get(id);
        move.accept(order);
        return OrderViews.view(orders.save(order));
    }
}
