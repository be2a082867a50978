package com.certhall.invoicing;

import java.util.List;

/**
 * What the order page shows about invoicing: whether the order asked for an invoice, when its channel issues it,
 * whether the holder may ask for it now (on-request channels, paid, none yet), the address it goes to, and the
 * invoices so far with the title corrections asked for.
 */
public record InvoiceOverview(boolean wanted, InvoiceTiming timing, boolean requestable, String email,
        List<InvoiceView> invoices, List<InvoiceCorrectionView> corrections) {

    public InvoiceOverview {
        invoices = List.copyOf(invoices);
        corrections = List.copyOf(corrections);
    }

    /** An issued blue invoice may be corrected unless a correction of it waits for finance. */
    public boolean correctable(InvoiceView invoice) {
        return invoice.kind() == InvoiceKind.BLUE && invoice.status() == InvoiceStatus.ISSUED
                && invoice.reason() == null && corrections.stream().noneMatch(c -> c.blueId().equals(invoice.id())
                && c.status() == InvoiceCorrectionView.Status.REQUESTED);
    }
}
