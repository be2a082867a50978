package com.certhall.review;

/** What a reviewer decides. */
public enum ReviewDecision {
    APPROVE, REJECT
}
