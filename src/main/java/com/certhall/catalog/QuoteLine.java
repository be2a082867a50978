package com.certhall.catalog;

import com.certhall.shared.Money;

/** One line of a quote: what is charged, the unit price, how many and the line amount. */
public record QuoteLine(Item item, Money unitPrice, int quantity, Money amount) {

    /** What a line charges for. */
    public enum Item {
        CERTIFICATE, UKEY
    }

    public static QuoteLine of(Item item, Money unitPrice, int quantity) {
        return new QuoteLine(item, unitPrice, quantity, unitPrice.times(quantity));
    }
}
