package com.certhall.payments;

import com.certhall.shared.ConflictException;

/** An action the payment's current state does not allow (409); names the move that was refused. */
public class IllegalPaymentTransition extends ConflictException {

    public IllegalPaymentTransition(String action, PaymentStatus from, PaymentStatus to) {
        super("payments.illegalTransition", "Cannot " + action + " a payment: " + from + " -> " + to
                + " is not allowed", action, from.name(), to.name());
    }
}
