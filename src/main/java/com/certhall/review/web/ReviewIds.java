package com.certhall.review.web;

import com.certhall.documents.DocumentOwner;
import com.certhall.orders.OrderId;

/** An order's id as the review pages' paths carry it (a malformed one is not found), and its documents' owner. */
final class ReviewIds {

    private ReviewIds() {
    }

    static DocumentOwner owner(OrderId id) {
        return DocumentOwner.of("order", id.id());
    }

    static OrderId orderId(String raw) {
        return OrderId.fromPath(raw);
    }
}
