package com.certhall.orders.domain;

import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderView;

/** The read models other modules and the pages see of an {@link Order}. */
public final class OrderViews {

    private OrderViews() {
    }

    public static OrderView view(Order o) {
        return new OrderView(o.id(), o.number(), o.accountId(), o.channel(), o.type(), o.subjectType(), o.status(),
                o.isPayFirst(), o.isPaid(), o.isApproved(), o.isOnPaper(), o.rejectionReason(), o.createdAt(), o.updatedAt(),
                o.version(), o.certificateSerial(), o.language());
    }

    public static OrderDetails details(Order o) {
        return new OrderDetails(view(o), o.draft(), o.history().stream()
                .map(h -> new OrderDetails.Move(h.from(), h.to(), h.action(), h.actor(), h.note(), h.at()))
                .toList(), o.authorizationSignedAt(), o.authorizationSignedBy());
    }
}
