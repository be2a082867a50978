package com.certhall.review.web;

import com.certhall.documents.DocumentOwner;
import com.certhall.orders.OrderId;
import com.certhall.shared.NotFoundException;
import java.util.UUID;

/** An order's id as the review pages' paths carry it (a malformed one is not found), and its documents' owner. */
final class ReviewIds {

    private ReviewIds() {
    }

    static DocumentOwner owner(OrderId id) {
        return DocumentOwner.of("order", id.id());
    }

    static OrderId orderId(String raw) {
        try {
            return new OrderId(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("order", raw);
        }
    }
}
