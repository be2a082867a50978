package com.certhall.catalog;

import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.Money;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A product a channel offers: certificate type × medium, the key algorithms and validity years it may be issued
 * with, how many certificates one order may hold, and its prices. The price rule: {@code pricePerYear × years} per
 * certificate, plus {@code ukeyPrice} per certificate when the medium is a UKEY. {@code description}: what the product
 * is for, in a sentence or two shown under its name (blank when the admin wrote none). {@code taxCode} is the
 * product's 19-digit tax classification code (税收分类编码) that its invoices carry; null leaves it to invoicing's
 * default (docs/invoicing.md).
 */
public record ProductSpec(String code, String name, String description, CertificateType certType, Medium medium,
        Set<KeyAlgorithm> keyAlgorithms, SortedSet<Integer> years, int maxQuantity, Money pricePerYear,
        Money ukeyPrice, @Nullable String taxCode) {

    /** Longest description: two lines under the product's name. */
    public static final int MAX_DESCRIPTION = 200;

    public ProductSpec {
        Objects.requireNonNull(code, "code");
        description = description == null ? "" : description;
        Objects.requireNonNull(certType, "certType");
        Objects.requireNonNull(medium, "medium");
        if (keyAlgorithms.isEmpty() || years.isEmpty()) {
            throw new IllegalArgumentException("a product needs key algorithms and years");
        }
        if (years.first() < 1 || years.last() > 5 || maxQuantity < 1) {
            throw new IllegalArgumentException("years must be within 1..5 and maxQuantity at least 1");
        }
        keyAlgorithms = Set.copyOf(EnumSet.copyOf(keyAlgorithms));
        years = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(years));
        ukeyPrice = medium == Medium.CLOUD ? Money.ZERO : ukeyPrice;
        if (taxCode != null && !TaxClassificationCode.valid(taxCode)) {
            throw new IllegalArgumentException("not a tax classification code: " + taxCode);
        }
    }

    /** A product whose invoices carry invoicing's default tax classification code. */
    public ProductSpec(String code, String name, String description, CertificateType certType, Medium medium,
            Set<KeyAlgorithm> keyAlgorithms, SortedSet<Integer> years, int maxQuantity, Money pricePerYear,
            Money ukeyPrice) {
        this(code, name, description, certType, medium, keyAlgorithms, years, maxQuantity, pricePerYear, ukeyPrice,
                null);
    }

    /** The same product with other visible texts (a translation). */
    public ProductSpec withTexts(String otherName, String otherDescription) {
        return new ProductSpec(code, otherName, otherDescription, certType, medium, keyAlgorithms, years, maxQuantity,
                pricePerYear, ukeyPrice, taxCode);
    }

    public int minYears() {
        return years.first();
    }

    public int maxYears() {
        return years.last();
    }

    /** Whether every year between {@link #minYears} and {@link #maxYears} is offered, so a range describes them. */
    public boolean contiguousYears() {
        return maxYears() - minYears() + 1 == years.size();
    }

    public Set<KeyAlgorithm> orderedKeyAlgorithms() {
        return EnumSet.copyOf(keyAlgorithms);
    }

    public PolicyDecision checkYears(int requested) {
        return years.contains(requested) ? PolicyDecision.ALLOWED
                : PolicyDecision.Rejection.of("notOffered", "catalog.quote.years", years.first(), years.last());
    }

    public PolicyDecision checkQuantity(int requested) {
        return requested >= 1 && requested <= maxQuantity ? PolicyDecision.ALLOWED
                : PolicyDecision.Rejection.of("range", "catalog.quote.quantity", maxQuantity);
    }

    public PolicyDecision checkKeyAlgorithm(KeyAlgorithm requested) {
        return keyAlgorithms.contains(requested) ? PolicyDecision.ALLOWED
                : PolicyDecision.Rejection.of("notOffered", "catalog.quote.keyAlgorithm");
    }

    /** Prices {@code quantity} certificates for {@code years}; a 400 names every bad field. */
    public Quote quote(int requestedYears, int quantity) {
        List<FieldViolation> violations = new ArrayList<>();
        if (checkYears(requestedYears) instanceof PolicyDecision.Rejection r) {
            violations.add(r.toViolation("years"));
        }
        if (checkQuantity(quantity) instanceof PolicyDecision.Rejection r) {
            violations.add(r.toViolation("quantity"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<QuoteLine> lines = new ArrayList<>();
        lines.add(QuoteLine.of(QuoteLine.Item.CERTIFICATE, pricePerYear.times(requestedYears), quantity));
        if (medium == Medium.UKEY && ukeyPrice.fen() > 0) {
            lines.add(QuoteLine.of(QuoteLine.Item.UKEY, ukeyPrice, quantity));
        }
        return new Quote(code, requestedYears, quantity, lines);
    }
}
