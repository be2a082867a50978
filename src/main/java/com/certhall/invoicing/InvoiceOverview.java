package com.certhall.invoicing;

import java.util.List;

/**
 * What the order page shows about invoicing: whether the order asked for an invoice, when its channel issues it,
 * whether the holder may ask for it now (on-request channels, paid, none yet), the address it goes to, and the
 * invoices so far.
 */
public record InvoiceOverview(boolean wanted, InvoiceTiming timing, boolean requestable, String email,
        List<InvoiceView> invoices) {

    public InvoiceOverview {
        invoices = List.copyOf(invoices);
    }
}
