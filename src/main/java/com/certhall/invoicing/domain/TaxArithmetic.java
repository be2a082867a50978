package com.certhall.invoicing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Splits a tax-inclusive line amount (what the buyer paid for the line, in fen) into amount and tax the way a
 * 数电 invoice is issued 含税: per line, tax = round half up (inclusive × rate ÷ (1 + rate)) to the fen, amount =
 * inclusive − tax, so amount + tax of every line is exactly what was paid, and the invoice's totals are the sums of
 * its lines (the platform checks a line's tax against amount × rate within ±6 fen; this split is always within 1).
 * A red invoice negates each line of its blue one. docs/invoicing.md.
 */
public final class TaxArithmetic {

    private TaxArithmetic() {
    }

    /** The tax in fen contained in {@code inclusiveFen} at {@code ratePercent}. */
    public static long taxOfInclusive(long inclusiveFen, int ratePercent) {
        if (ratePercent < 0 || ratePercent > 100) {
            throw new IllegalArgumentException("tax rate out of range: " + ratePercent);
        }
        if (inclusiveFen < 0) {
            return -taxOfInclusive(-inclusiveFen, ratePercent);
        }
        return BigDecimal.valueOf(inclusiveFen).multiply(BigDecimal.valueOf(ratePercent))
                .divide(BigDecimal.valueOf(100L + ratePercent), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Amount without tax and the tax of one line. */
    public static Split split(long inclusiveFen, int ratePercent) {
        long tax = taxOfInclusive(inclusiveFen, ratePercent);
        return new Split(inclusiveFen - tax, tax);
    }

    /** One line's amount without tax and its tax, in fen. */
    public record Split(long amountFen, long taxFen) {
    }
}
