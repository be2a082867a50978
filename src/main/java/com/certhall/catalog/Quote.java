package com.certhall.catalog;

import com.certhall.shared.Money;
import java.util.List;

/** The server-computed price of {@code quantity} certificates of a product for {@code years}. */
public record Quote(String productCode, int years, int quantity, List<QuoteLine> lines) {

    public Quote {
        lines = List.copyOf(lines);
    }

    public Money total() {
        return lines.stream().map(QuoteLine::amount).reduce(Money.ZERO, Money::plus);
    }
}
