package com.certhall.orders.web;

import com.certhall.documents.DocumentId;
import com.certhall.orders.OrderId;
import com.certhall.shared.NotFoundException;
import java.util.UUID;

/** Ids in page URLs; anything malformed is a 404. */
final class PageIds {

    private PageIds() {
    }

    static OrderId order(String raw) {
        return OrderId.fromPath(raw);
    }

    static DocumentId document(String raw) {
        try {
            return new DocumentId(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("document", raw);
        }
    }
}
