package com.certhall.invoicing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A tax-inclusive line split into amount and tax, per line, half up to the fen (docs/invoicing.md, "Tax"). */
class TaxArithmeticTests {

    @ParameterizedTest(name = "{0} fen at {1}% → {2} + {3}")
    @CsvSource({
            // 500 × 6 / 106 = 28.3018… → 28.30 tax
            "50000, 6, 47170, 2830",
            // 400.00 → 22.6415… → 22.64
            "40000, 6, 37736, 2264",
            // 1.06 → 0.06 exactly
            "106, 6, 100, 6",
            // 0.53 × 6 / 106 = 0.03 exactly; 0.09 → 0.005094… → 0.01
            "53, 6, 50, 3",
            "9, 6, 8, 1",
            // half up: 0.53 × 13 / 113 = 0.0609… → 0.06; 113.00 at 13% → 13.00
            "53, 13, 47, 6",
            "11300, 13, 10000, 1300",
            // 1.59 × 6 / 106 = 0.09 exactly
            "159, 6, 150, 9",
            "100, 0, 100, 0",
            "-50000, 6, -47170, -2830"})
    void splitsTheInclusiveAmount(long inclusive, int rate, long amount, long tax) {
        TaxArithmetic.Split split = TaxArithmetic.split(inclusive, rate);
        assertThat(split.amountFen()).isEqualTo(amount);
        assertThat(split.taxFen()).isEqualTo(tax);
        assertThat(split.amountFen() + split.taxFen()).isEqualTo(inclusive);
    }

    @Test
    void roundsAnExactHalfFenUp() {
        // 100 × 6 / 106 = 5.66 → 6; at 100 %, 1 fen holds 0.5 fen of tax → 1 and 3 fen hold 1.5 → 2 (half up)
        assertThat(TaxArithmetic.taxOfInclusive(100, 6)).isEqualTo(6);
        assertThat(TaxArithmetic.taxOfInclusive(1, 100)).isEqualTo(1);
        assertThat(TaxArithmetic.taxOfInclusive(3, 100)).isEqualTo(2);
        assertThat(TaxArithmetic.taxOfInclusive(-3, 100)).isEqualTo(-2);
    }

    @Test
    void theLineTaxStaysWithinOneFenOfAmountTimesRate() {
        for (long inclusive = 1; inclusive < 20_000; inclusive += 7) {
            TaxArithmetic.Split split = TaxArithmetic.split(inclusive, 6);
            assertThat(Math.abs(split.amountFen() * 6 - split.taxFen() * 100)).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void refusesARateOutOfRange() {
        assertThatThrownBy(() -> TaxArithmetic.split(100, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
