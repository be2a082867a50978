package com.certhall.invoicing;

/** A blue invoice (蓝字发票) records a sale; a red one (红字发票) reverses a blue one in full. */
public enum InvoiceKind {
    BLUE, RED
}
