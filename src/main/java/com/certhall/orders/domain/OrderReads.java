package com.certhall.orders.domain;

import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.shared.DataProtection;
import com.certhall.shared.PageOf;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Orders as read models, for their owner (others get a 404) or for staff and other modules. */
@Service
@Transactional(readOnly = true)
public class OrderReads {

    private final Orders orders;
    private final DataProtection protection;

    OrderReads(Orders orders, DataProtection protection) {
        this.orders = orders;
        this.protection = protection;
    }

    public OrderView view(OrderId id) {
        return OrderViews.view(orders.get(id));
    }

    public OrderView viewOwned(OrderId id, UUID accountId) {
        return OrderViews.view(orders.owned(id, accountId));
    }

    public List<OrderView> ofAccount(UUID accountId) {
        return orders.findByAccount(accountId).stream().map(OrderViews::view).toList();
    }

    /** The lifecycle orders in progress on a certificate, newest first. */
    public List<OrderView> activeForCertificate(String serial) {
        return orders.findForCertificate(serial, java.util.EnumSet.of(com.certhall.orders.OrderStatus.COMPLETED,
                com.certhall.orders.OrderStatus.CANCELLED)).stream().map(OrderViews::view).toList();
    }

    public OrderDetails details(OrderId id) {
        return OrderViews.details(orders.get(id));
    }

    /** Every order of the subject with this USCC or resident ID number (canonical form), whoever placed it. */
    public List<OrderDetails> ofSubject(String subjectCode) {
        return orders.findBySubjectKey(protection.keyedHash(subjectCode)).stream().map(OrderViews::details).toList();
    }

    /** From the order row alone: within a transaction that loaded the order already, no statement at all. */
    public long totalFen(OrderId id) {
        return orders.get(id).draft().totalFen();
    }

    public OrderDetails detailsOwned(OrderId id, UUID accountId) {
        return OrderViews.details(orders.owned(id, accountId));
    }

    /**
     * A page of a channel's orders, newest first, optionally only in one state and changed at or after a time; the
     * subject of an individual masked ({@link OrderView.ForChannel}).
     */
    public PageOf<OrderView.ForChannel> ofChannel(OrderView.ForChannel.Query q) {
        Page<Order> found = orders.findByChannel(q.channel(),
                q.status() == null ? EnumSet.allOf(OrderStatus.class) : EnumSet.of(q.status()),
                q.updatedSince() == null ? Instant.EPOCH : q.updatedSince(), PageRequest.of(q.page(), q.size()));
        return new PageOf<>(found.getContent().stream().map(o -> OrderView.ForChannel.of(OrderViews.view(o), o.draft()))
                .toList(), q.page(), q.size(), found.getTotalElements());
    }

    /** What a seal order asks for; null for other types. */
    public OrderView.@Nullable SealRequest sealRequest(OrderId id) {
        return orders.get(id).sealRequest();
    }
}
