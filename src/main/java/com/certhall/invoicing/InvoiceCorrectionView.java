package com.certhall.invoicing;

import com.certhall.orders.OrderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A holder's request to correct the title (buyer name, taxpayer number) of an issued blue invoice. Approved by
 * finance, it reverses the invoice by a red one and opens a new blue one for the corrected buyer
 * (docs/invoicing.md, "Corrections").
 *
 * @param newBlueId the replacing blue invoice once approved
 */
public record InvoiceCorrectionView(String id, OrderId orderId, String orderNumber, InvoiceId blueId,
        @Nullable String blueNumber, String oldBuyerName, String oldTaxNumber, String buyerName, String taxNumber,
        String reason, Status status, @Nullable String decidedBy, @Nullable String decisionNote,
        @Nullable InvoiceId newBlueId, Instant createdAt, @Nullable Instant decidedAt) {

    /** REQUESTED until finance decides once. */
    public enum Status {
        REQUESTED, APPROVED, REJECTED
    }
}
