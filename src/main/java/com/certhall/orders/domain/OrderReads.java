package com.certhall.orders.domain;

import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderView;
import com.certhall.shared.DataProtection;
import java.util.List;
import java.util.UUID;
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

    public OrderDetails detailsOwned(OrderId id, UUID accountId) {
        return OrderViews.details(orders.owned(id, accountId));
    }

    /** What a seal order asks for; null for other types. */
    public com.certhall.orders.@org.jspecify.annotations.Nullable SealRequest sealRequest(OrderId id) {
        return orders.get(id).sealRequest();
    }
}
