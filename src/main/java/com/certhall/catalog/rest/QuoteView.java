package com.certhall.catalog.rest;

import com.certhall.catalog.Quote;
import com.certhall.catalog.QuoteLine;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The JSON shape of a quote: the total and one line per charged item, all in fen. */
record QuoteView(String productCode, int years, int quantity, long totalFen, List<Line> lines) {

    @Schema(name = "QuoteLine")
    record Line(@Schema(description = "What the line charges for: the certificate or the UKEY.") QuoteLine.Item item,
            long unitPriceFen, int quantity, long amountFen) {
    }

    static QuoteView of(Quote q) {
        List<Line> lines = q.lines().stream()
                .map(l -> new Line(l.item(), l.unitPrice().fen(), l.quantity(), l.amount().fen())).toList();
        return new QuoteView(q.productCode(), q.years(), q.quantity(), q.total().fen(), lines);
    }
}
