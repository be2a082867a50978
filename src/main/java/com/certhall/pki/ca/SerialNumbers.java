package com.certhall.pki.ca;

import java.math.BigInteger;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Certificate serial numbers: 16 octets, positive and at most 20 octets (RFC 5280 §4.1.2.2): the octet 0x40, the
 * second of issue (4 octets, big-endian, Unix time) and 88 random bits from the CSPRNG (CA/B Forum BR §7.1 asks
 * ≥ 64, non-sequential). Drawn again while the CA already used the number.
 *
 * <p>The second first makes the serials of one second follow those of the second before, as numbers and as the
 * lower-case hex the database keys them by: a new certificate's serial goes into the right edge of the primary key's
 * B-tree instead of a random page of it, which costs PostgreSQL less CPU and WAL per certificate the larger the table
 * grows (docs/pki.md, "Issuance in batches"). Within a second the order is random; the notBefore tells the same
 * second (or the next one), so the serial tells nothing the certificate does not.
 */
public final class SerialNumbers {

    /** The random octets of a serial: 88 bits. */
    static final int RANDOM_OCTETS = 11;

    private SerialNumbers() {
    }

    /** A fresh serial issued at {@code at} (its second goes first) for which {@code taken} is false. */
    public static BigInteger next(Instant at, Predicate<BigInteger> taken) {
        long epochSecond = at.getEpochSecond();
        for (int attempt = 0; attempt < 10; attempt++) {
            byte[] bytes = new byte[1 + 4 + RANDOM_OCTETS];
            Crypto.random().nextBytes(bytes);
            bytes[0] = 0x40; // keeps 16 octets: no leading zero, never negative
            for (int i = 1; i <= 4; i++) {
                bytes[i] = (byte) (epochSecond >>> (8 * (4 - i)));
            }
            BigInteger serial = new BigInteger(1, bytes);
            if (!taken.test(serial)) {
                return serial;
            }
        }
        throw new IllegalStateException("ten random serial numbers in a row were taken: the random source is broken");
    }
}
