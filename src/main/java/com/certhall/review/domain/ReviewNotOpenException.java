package com.certhall.review.domain;

import com.certhall.shared.ConflictException;

/** 409: the order has no review round waiting for a decision (never submitted, already decided, or cancelled). */
public class ReviewNotOpenException extends ConflictException {

    public ReviewNotOpenException(String order) {
        super("review.notInReview", "order " + order + " is not waiting for review", order);
    }
}
