package com.certhall.orders;

import java.util.UUID;

/** Identity of an order. */
public record OrderId(UUID id) {

    public static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return id.toString();
    }
}
