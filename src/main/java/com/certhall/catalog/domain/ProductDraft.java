package com.certhall.catalog.domain;

import com.certhall.catalog.CertificateType;
import com.certhall.catalog.KeyAlgorithm;
import com.certhall.catalog.Medium;
import com.certhall.catalog.ProductSpec;
import com.certhall.catalog.TaxClassificationCode;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.Money;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A product as typed into the admin form; prices in yuan as typed ("380", "¥ 80.00"). {@link #toSpec} checks it and
 * names every bad field.
 */
public record ProductDraft(@Nullable String code, @Nullable String name, @Nullable String description,
        @Nullable CertificateType certType,
        @Nullable Medium medium, Set<KeyAlgorithm> keyAlgorithms, Set<Integer> years, @Nullable Integer maxQuantity,
        @Nullable String pricePerYear, @Nullable String ukeyPrice, @Nullable String taxCode) {

    public static final int MAX_QUANTITY = 50;

    public ProductDraft {
        keyAlgorithms = Set.copyOf(keyAlgorithms);
        years = Set.copyOf(years);
    }

    /** A draft without a tax classification code of its own. */
    public ProductDraft(@Nullable String code, @Nullable String name, @Nullable String description,
            @Nullable CertificateType certType, @Nullable Medium medium, Set<KeyAlgorithm> keyAlgorithms,
            Set<Integer> years, @Nullable Integer maxQuantity, @Nullable String pricePerYear,
            @Nullable String ukeyPrice) {
        this(code, name, description, certType, medium, keyAlgorithms, years, maxQuantity, pricePerYear, ukeyPrice,
                null);
    }

    public ProductSpec toSpec() {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String c = InputHygiene.compact(code).toLowerCase(Locale.ROOT);
        check(errors, ChannelValidation.CODE.matcher(c).matches(), "code", "catalog.validation.code");
        String n = name == null ? "" : name.strip();
        check(errors, !n.isEmpty() && n.length() <= 100, "name", "catalog.validation.text");
        String d = InputHygiene.tidy(description);
        check(errors, d.length() <= ProductSpec.MAX_DESCRIPTION, "description", "catalog.validation.description");
        check(errors, certType != null, "certType", "validation.required");
        check(errors, medium != null, "medium", "validation.required");
        check(errors, !keyAlgorithms.isEmpty(), "keyAlgorithms", "catalog.validation.choose");
        check(errors, !years.isEmpty() && years.stream().allMatch(y -> y >= 1 && y <= 5), "years",
                "catalog.validation.years");
        check(errors, maxQuantity != null && maxQuantity >= 1 && maxQuantity <= MAX_QUANTITY, "maxQuantity",
                "catalog.validation.maxQuantity");
        Money perYear = errors.check(() -> Money.parseYuan("pricePerYear", pricePerYear));
        Money ukey = medium == Medium.UKEY ? errors.check(() -> Money.parseYuan("ukeyPrice", ukeyPrice)) : Money.ZERO;
        String tax = InputHygiene.compact(taxCode);
        check(errors, tax.isEmpty() || TaxClassificationCode.valid(tax), "taxCode", "catalog.validation.taxCode");
        errors.throwIfAny();
        return new ProductSpec(c, n, d, certType, medium, keyAlgorithms, new TreeSet<>(years), maxQuantity, perYear,
                ukey, tax.isEmpty() ? null : tax);
    }

    public static ProductDraft of(ProductSpec p) {
        return new ProductDraft(p.code(), p.name(), p.description(), p.certType(), p.medium(), p.keyAlgorithms(), p.years(),
                p.maxQuantity(), p.pricePerYear().yuan().toPlainString(), p.ukeyPrice().yuan().toPlainString(),
                p.taxCode());
    }

    private static void check(InvalidInputException.Collector errors, boolean ok, String field, String key) {
        if (!ok) {
            errors.add(FieldViolation.of(field, key.substring(key.lastIndexOf('.') + 1), key, field));
        }
    }
}
