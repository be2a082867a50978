package com.certhall.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of Chinese yuan held as a whole number of fen (分); never a floating-point number. */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public Money {
        if (fen < 0) {
            throw new IllegalArgumentException("money cannot be negative: " + fen);
        }
    }

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /** Parses a yuan amount as typed ({@code 12.3}, {@code ￥12.30}); at most two decimals. */
    public static Money parseYuan(String field, String raw) {
        String cleaned = InputHygiene.compact(raw).replace("¥", "").replace("￥", "").replace("CNY", "");
        if (cleaned.isEmpty()) {
            throw InvalidInputException.of(field, "required", "validation.required", field);
        }
        try {
            BigDecimal yuan = new BigDecimal(cleaned);
            if (yuan.signum() < 0 || yuan.scale() > 2) {
                throw InvalidInputException.of(field, "format", "validation.money.format", field);
            }
            return new Money(yuan.movePointRight(2).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw InvalidInputException.of(field, "format", "validation.money.format", field);
        }
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(fen, factor));
    }

    public BigDecimal yuan() {
        return BigDecimal.valueOf(fen, 2).setScale(2, RoundingMode.UNNECESSARY);
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(fen, o.fen);
    }

    @Override
    public String toString() {
        return "¥" + yuan().toPlainString();
    }
}
