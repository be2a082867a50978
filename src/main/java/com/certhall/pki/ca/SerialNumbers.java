package com.certhall.pki.ca;

import java.math.BigInteger;
import java.util.function.Predicate;

/**
 * Certificate serial numbers: 126 random bits from the CSPRNG (CA/B Forum BR §7.1 asks ≥ 64), positive and at most
 * 20 octets (RFC 5280 §4.1.2.2), drawn again while the CA already used the number.
 */
public final class SerialNumbers {

    private SerialNumbers() {
    }

    /** A fresh serial for which {@code taken} is false. */
    public static BigInteger next(Predicate<BigInteger> taken) {
        for (int attempt = 0; attempt < 10; attempt++) {
            byte[] bytes = new byte[16];
            Crypto.random().nextBytes(bytes);
            bytes[0] &= 0x7F;
            bytes[0] |= 0x40; // keeps 16 octets: no leading zero, never negative
            BigInteger serial = new BigInteger(1, bytes);
            if (!taken.test(serial)) {
                return serial;
            }
        }
        throw new IllegalStateException("ten random serial numbers in a row were taken: the random source is broken");
    }
}
