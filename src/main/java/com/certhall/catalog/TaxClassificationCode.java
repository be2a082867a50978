package com.certhall.catalog;

import java.util.regex.Pattern;

/**
 * A code of the national tax classification table for goods and services (商品和服务税收分类编码表, docs/invoicing.md
 * "Tax classification codes"): 19 digits, the first the category (1 goods, 2 processing and repair services,
 * 3 services, 4 intangible assets, 5 immovable property, 6 items outside VAT), then nine levels of two digits each;
 * the first level under the category is never empty, deeper empty levels are written 00.
 */
public final class TaxClassificationCode {

    private static final Pattern SHAPE = Pattern.compile("[1-6]\\d{18}");

    private TaxClassificationCode() {
    }

    /** Whether {@code code} has the table's shape (19 digits, a known category, a first level). */
    public static boolean valid(String code) {
        return code != null && SHAPE.matcher(code).matches() && !code.startsWith("00", 1);
    }
}
