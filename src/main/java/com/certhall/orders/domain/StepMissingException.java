package com.certhall.orders.domain;

import com.certhall.shared.ConflictException;

/** 409: a step needs an earlier one first (the invoice needs the subject, delivery needs the products). */
public class StepMissingException extends ConflictException {

    public StepMissingException(String step) {
        super("orders.step.missing." + step, "step first: " + step);
    }
}
