package com.certhall.invoicing.rest;

import com.certhall.invoicing.InvoiceKind;
import com.certhall.invoicing.InvoiceStatus;
import com.certhall.invoicing.InvoiceView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One electronic invoice of an order as the API shows it. */
@Schema(description = "An electronic invoice (数电票) of an order; amounts in fen, negative on a red invoice")
record InvoiceResponse(String id, String orderId, String orderNumber, InvoiceKind kind, InvoiceStatus status,
        @Schema(description = "20-digit invoice number once issued") @Nullable String number,
        String buyerName, String buyerTaxNumber,
        @Schema(description = "amount without tax, fen") long amountFen,
        @Schema(description = "tax, fen") long taxFen,
        @Schema(description = "amount plus tax, fen") long totalFen,
        @Nullable Instant issuedAt,
        @Schema(description = "for a red invoice, the blue invoice it reverses") @Nullable String reverses,
        @Schema(description = "why it was reversed, for a red invoice") @Nullable String reason,
        @Schema(description = "download path of the PDF once issued") @Nullable String pdf,
        @Schema(description = "download path of the XML once issued") @Nullable String xml,
        @Schema(description = "download path of the OFD (GB/T 33190-2016) once issued") @Nullable String ofd) {

    static InvoiceResponse of(InvoiceView v) {
        String base = "/api/v1/invoices/" + v.id();
        return new InvoiceResponse(v.id().toString(), v.orderId().id().toString(), v.orderNumber(), v.kind(),
                v.status(), v.number(), v.buyerName(), v.buyerTaxNumber(), v.amountFen(), v.taxFen(), v.totalFen(),
                v.issuedAt(), v.blueId() == null ? null : v.blueId().toString(), v.reason(),
                v.downloadable() ? base + ".pdf" : null, v.downloadable() ? base + ".xml" : null,
                v.downloadable() ? base + ".ofd" : null);
    }
}
