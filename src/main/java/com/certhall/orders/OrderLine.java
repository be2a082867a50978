package com.certhall.orders;

/**
 * One product line of an order as quoted by the catalog at the time it was chosen.
 *
 * @param keyAlgorithm  the catalog's algorithm name ({@code SM2}, {@code EC_P256}, {@code RSA_2048})
 * @param csrPem        the holder's PKCS#10 request when the holder brings the key, else null
 * @param totalFen      the line's price in fen (certificate years plus UKEY, times quantity)
 */
public record OrderLine(String productCode, String productName, String certType, String medium, int years,
        int quantity, String keyAlgorithm, String csrPem, long totalFen) {
}
