package com.certhall.invoicing.rest;

import com.certhall.invoicing.InvoiceCorrectionView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A title correction of an issued blue invoice as the API shows it. */
@Schema(description = "A correction of an invoice's title (buyer name, taxpayer number), decided by finance")
record CorrectionResponse(String id, String orderId, String orderNumber, String invoiceId,
        @Nullable String invoiceNumber, String oldBuyerName, String oldTaxNumber, String buyerName, String taxNumber,
        String reason, InvoiceCorrectionView.Status status,
        @Schema(description = "finance's reason when rejected") @Nullable String decisionNote,
        @Schema(description = "the new blue invoice once approved") @Nullable String newInvoiceId,
        Instant createdAt, @Nullable Instant decidedAt) {

    static CorrectionResponse of(InvoiceCorrectionView v) {
        return new CorrectionResponse(v.id(), v.orderId().id().toString(), v.orderNumber(), v.blueId().toString(),
                v.blueNumber(), v.oldBuyerName(), v.oldTaxNumber(), v.buyerName(), v.taxNumber(), v.reason(),
                v.status(), v.decisionNote(), v.newBlueId() == null ? null : v.newBlueId().toString(), v.createdAt(),
                v.decidedAt());
    }
}
