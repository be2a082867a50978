package com.certhall.invoicing;

import com.certhall.orders.OrderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One invoice as pages and the API show it. Amounts in fen: {@code amountFen} without tax, {@code taxFen} the tax,
 * negative on a red invoice. The buyer's e-mail is shown masked outside the owner's own pages.
 *
 * @param number the 20-digit invoice number once issued
 * @param blueId for a red invoice, the blue one it reverses
 */
public record InvoiceView(InvoiceId id, OrderId orderId, String orderNumber, InvoiceKind kind,
        InvoiceStatus status, @Nullable String number, String buyerName, String buyerTaxNumber, String buyerEmail,
        long amountFen, long taxFen, @Nullable Instant issuedAt, int attempts, @Nullable Instant nextAttemptAt,
        @Nullable String lastError, @Nullable String reason, @Nullable InvoiceId blueId, Instant createdAt) {

    public long totalFen() {
        return amountFen + taxFen;
    }

    public boolean downloadable() {
        return number != null && (status == InvoiceStatus.ISSUED || status == InvoiceStatus.REVERSED);
    }
}
