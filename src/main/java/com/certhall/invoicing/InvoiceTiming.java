package com.certhall.invoicing;

/** When a channel's orders get their invoice: after payment (the default), after shipment, or when the holder asks. */
public enum InvoiceTiming {
    AFTER_PAYMENT, AFTER_SHIPMENT, ON_REQUEST
}
