package com.certhall.catalog.sandbox;

import com.certhall.catalog.CertificateType;
import com.certhall.catalog.KeyAlgorithm;
import com.certhall.catalog.Medium;
import com.certhall.catalog.ProductSpec;
import com.certhall.shared.Money;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/** Demo products; prices in whole yuan. */
final class Products {

    private static final Set<KeyAlgorithm> ALL = Set.of(KeyAlgorithm.SM2, KeyAlgorithm.EC_P256, KeyAlgorithm.RSA_2048);

    private Products() {
    }

    static ProductSpec ukey(String code, String name, String description, CertificateType type, int minYears,
            int maxYears, int maxQuantity, long yuanPerYear, long ukeyYuan) {
        return new ProductSpec(code, name, description, type, Medium.UKEY, ALL, years(minYears, maxYears), maxQuantity,
                Money.ofFen(yuanPerYear * 100), Money.ofFen(ukeyYuan * 100));
    }

    static ProductSpec cloud(String code, String name, String description, CertificateType type, int minYears,
            int maxYears, int maxQuantity, long yuanPerYear) {
        // a cloud key stays in the CA's custody (docs/signing.md), which keeps RSA as well as SM2 and P-256
        return new ProductSpec(code, name, description, type, Medium.CLOUD, ALL, years(minYears, maxYears), maxQuantity,
                Money.ofFen(yuanPerYear * 100), Money.ZERO);
    }

    private static TreeSet<Integer> years(int min, int max) {
        TreeSet<Integer> years = new TreeSet<>();
        IntStream.rangeClosed(min, max).forEach(years::add);
        return years;
    }
}
