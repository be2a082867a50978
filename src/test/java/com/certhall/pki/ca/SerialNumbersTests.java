package com.certhall.pki.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Serial numbers: 16 positive octets, the second of issue first, 88 random bits after it. */
class SerialNumbersTests {

    private static final Instant AT = Instant.parse("2026-12-06T23:00:00Z");
    private static final long SECOND = AT.getEpochSecond();

    @Test
    void sixteenOctetsTheMarkerTheSecondAndEightyEightRandomBits() {
        BigInteger serial = SerialNumbers.next(AT, s -> false);
        byte[] octets = serial.toByteArray();

        assertThat(octets).hasSize(16);
        assertThat(serial.bitLength()).isEqualTo(127);
        assertThat(octets[0]).isEqualTo((byte) 0x40);
        assertThat(new BigInteger(1, java.util.Arrays.copyOfRange(octets, 1, 5)).longValueExact()).isEqualTo(SECOND);
        assertThat(Crypto.serialHex(serial)).hasSize(32).startsWith("40" + Long.toHexString(SECOND));
    }

    @Test
    void everyRandomBitTakesBothValuesAndNoSerialRepeatsWithinASecond() {
        Set<BigInteger> drawn = new HashSet<>();
        BigInteger ones = BigInteger.ZERO;
        BigInteger zeros = BigInteger.ZERO;
        BigInteger randomBits = BigInteger.ONE.shiftLeft(8 * SerialNumbers.RANDOM_OCTETS).subtract(BigInteger.ONE);
        for (int i = 0; i < 2000; i++) {
            BigInteger random = SerialNumbers.next(AT, s -> false).and(randomBits);
            drawn.add(random);
            ones = ones.or(random);
            zeros = zeros.or(random.not().and(randomBits));
        }
        assertThat(drawn).hasSize(2000);
        assertThat(ones).isEqualTo(randomBits);
        assertThat(zeros).isEqualTo(randomBits);
    }

    @Test
    void aLaterSecondGivesALargerSerialAsANumberAndAsTheHexTheDatabaseOrdersBy() {
        for (long second : new long[] {SECOND, 0xFFL, 0xFFFFL, 0xFFFFFFL, 0xFFFFFFFEL}) {
            BigInteger earlier = SerialNumbers.next(Instant.ofEpochSecond(second), s -> false);
            BigInteger later = SerialNumbers.next(Instant.ofEpochSecond(second + 1), s -> false);
            assertThat(later).as("at %d", second).isGreaterThan(earlier);
            assertThat(Crypto.serialHex(later)).as("at %d", second).isGreaterThan(Crypto.serialHex(earlier));
        }
    }

    @Test
    void aTakenSerialIsDrawnAgainAndTenTakenInARowAreAnError() {
        Set<BigInteger> seen = new HashSet<>();
        BigInteger serial = SerialNumbers.next(AT, s -> seen.add(s) && seen.size() < 3);
        assertThat(seen).hasSize(3).contains(serial);

        assertThatThrownBy(() -> SerialNumbers.next(AT, s -> true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("random source");
    }
}
