package com.certhall.orders.domain;

import com.certhall.orders.OrderStatus;
import com.certhall.shared.ConflictException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An action on an order that is not a move (editing a step, mailing paper, changing the address) refused in the
 * order's current state; the message names the action and the state in the reader's language. Moves that the state
 * machine refuses are {@link IllegalTransition}s instead.
 */
public class ActionRefused extends ConflictException {

    private final String action;
    private final OrderStatus status;

    public ActionRefused(String action, OrderStatus status) {
        super("orders.actionRefused", "Cannot " + action + " while the order is " + status,
                new DefaultMessageSourceResolvable(new String[] {"orders.action." + action}, action),
                new DefaultMessageSourceResolvable("orders.status." + status.name()), status.name());
        this.action = action;
        this.status = status;
    }

    public String action() {
        return action;
    }

    public OrderStatus refusedIn() {
        return status;
    }
}
