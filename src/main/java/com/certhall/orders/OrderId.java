package com.certhall.orders;

import com.certhall.shared.NotFoundException;
import java.util.UUID;

/** Identity of an order. */
public record OrderId(UUID id) {

    public static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }

    /** The id a URL path carries; a malformed one names no order (404), never a 500. */
    public static OrderId fromPath(String raw) {
        try {
            return new OrderId(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("order", raw);
        }
    }

    @Override
    public String toString() {
        return id.toString();
    }
}
