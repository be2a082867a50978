package com.certhall.pki.ca;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Crypto#serialHex} writes what {@code BigInteger.toString(16)} writes, for every kind of serial. */
class SerialHexTests {

    @Test
    void sameAsBigIntegerToStringForEdgeValues() {
        for (String value : new String[] {"0", "1", "f", "10", "ff", "100", "7f", "80", "8000", "ffffffffffffffff",
                "10000000000000000", "0fedcba9876543210", "3fffffffffffffffffffffffffffffff"}) {
            BigInteger serial = new BigInteger(value, 16);
            assertThat(Crypto.serialHex(serial)).as(value).isEqualTo(serial.toString(16));
        }
        assertThat(Crypto.serialHex(BigInteger.valueOf(-255))).isEqualTo("-ff");
    }

    @Test
    void sameAsBigIntegerToStringForDrawnSerials() {
        Random random = new Random(20261206);
        for (int i = 0; i < 10_000; i++) {
            BigInteger serial = new BigInteger(1 + random.nextInt(160), random);
            assertThat(Crypto.serialHex(serial)).isEqualTo(serial.toString(16));
        }
        assertThat(Crypto.serialHex(SerialNumbers.next(java.time.Instant.parse("2026-12-06T23:00:00Z"), s -> false))).doesNotStartWith("0");
    }
}
