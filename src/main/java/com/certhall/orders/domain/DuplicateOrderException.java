package com.certhall.orders.domain;

import com.certhall.shared.ConflictException;

/** 409: the subject already has an active order in this channel; the message names that order's number. */
public class DuplicateOrderException extends ConflictException {

    private final String existingNumber;

    public DuplicateOrderException(String existingNumber) {
        super("orders.duplicate", "subject already has active order " + existingNumber, existingNumber);
        this.existingNumber = existingNumber;
    }

    public String existingNumber() {
        return existingNumber;
    }
}
