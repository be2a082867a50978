package com.certhall.payments.domain;

import com.certhall.shared.Money;

/** The provider reported an amount other than the one the payment was created for; the callback is refused. */
class AmountMismatch extends RuntimeException {

    private final Money expected;
    private final Money reported;

    public AmountMismatch(Money expected, Money reported) {
        super("amount mismatch: expected " + expected + ", provider reported " + reported);
        this.expected = expected;
        this.reported = reported;
    }

    public Money expected() {
        return expected;
    }

    public Money reported() {
        return reported;
    }
}
