package com.certhall.catalog;

/** The steps after submission whose order a channel decides. */
public enum FlowStep {
    PAYMENT, REVIEW, FULFILMENT
}
