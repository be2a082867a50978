package com.certhall.orders.domain;

import com.certhall.orders.OrderStatus;
import com.certhall.shared.ConflictException;

/** An action that the order's current state does not allow; names the move that was refused. */
public class IllegalTransition extends ConflictException {

    private final OrderStatus from;
    private final OrderStatus to;

    public IllegalTransition(String action, OrderStatus from, OrderStatus to) {
        super("orders.illegalTransition", "Cannot " + action + ": " + from + " -> " + to + " is not allowed",
                action, from.name(), to.name());
        this.from = from;
        this.to = to;
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }
}
