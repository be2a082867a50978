package com.certhall.orders;

import org.jspecify.annotations.Nullable;

/**
 * What another module knows about an order, shown with it in {@code GET /api/v1/orders/{id}} (docs/development.md,
 * "API": the order carries its payment and certificates). The payments and lifecycle modules implement it, so the
 * order's module needs to know neither.
 */
public interface OrderFacts {

    /** The field of the order's JSON ({@code payment}, {@code certificates}). */
    String field();

    /** The value for the order, or null when there is nothing yet; plain maps, lists and strings. */
    @Nullable Object of(OrderId order);
}
