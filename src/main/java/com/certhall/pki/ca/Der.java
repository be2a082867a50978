package com.certhall.pki.ca;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Time;

/**
 * DER written by hand where the CA assembles a structure itself instead of through Bouncy Castle's builders: OCSP
 * answers and CRLs streamed entry by entry, and the times of a certificate (docs/pki.md). Lengths in the definite form with the fewest octets
 * (X.690 §8.1.3 and §10.1).
 */
public final class Der {

    private Der() {
    }

    /** The identifier and length octets of a value of {@code length} octets. */
    public static byte[] header(int tag, long length) {
        byte[] out = new byte[headerLength(length)];
        writeHeader(out, tag, length);
        return out;
    }

    /** A TLV of {@code tag} around the concatenated {@code parts}. */
    public static byte[] tlv(int tag, byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[headerLength(length) + length];
        int at = writeHeader(out, tag, length);
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    /** {@code value} in DER. */
    public static byte[] encode(ASN1Encodable value) {
        try {
            return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GeneralizedTime YYYYMMDDHHMMSSZ, whole seconds (RFC 5280 §4.1.2.5.2), as DER. */
    public static byte[] generalizedTime(long epochSecond) {
        return time(LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC), false);
    }

    /**
     * A certificate's validity time (RFC 5280 §4.1.2.5): UTCTime YYMMDDHHMMSSZ for the years 1950 through 2049,
     * GeneralizedTime after, whole seconds — the choice and the octets Bouncy Castle's {@code Time(Date)} makes,
     * written without its date formatter, which cost more than the rest of a P-256 certificate's encoding
     * (docs/pki.md "Issuance in batches").
     */
    public static Time validityTime(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        try {
            return Time.getInstance(ASN1Primitive.fromByteArray(
                    time(t, t.getYear() >= 1950 && t.getYear() <= 2049)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] time(LocalDateTime t, boolean utc) {
        int year = utc ? 2 : 4;
        byte[] out = new byte[2 + year + 11];
        out[0] = (byte) (utc ? 0x17 : 0x18);
        out[1] = (byte) (out.length - 2);
        digits(out, 2, t.getYear(), year);
        digits(out, 2 + year, t.getMonthValue(), 2);
        digits(out, 4 + year, t.getDayOfMonth(), 2);
        digits(out, 6 + year, t.getHour(), 2);
        digits(out, 8 + year, t.getMinute(), 2);
        digits(out, 10 + year, t.getSecond(), 2);
        out[out.length - 1] = 'Z';
        return out;
    }

    /** The last {@code count} decimal digits of {@code value} at {@code out[at]}. */
    private static void digits(byte[] out, int at, int value, int count) {
        for (int i = at + count - 1; i >= at; i--) {
            out[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    private static int headerLength(long length) {
        return length < 0x80 ? 2 : 2 + (64 - Long.numberOfLeadingZeros(length) + 7) / 8;
    }

    /** Writes the header at the start of {@code out}; answers where the contents begin. */
    private static int writeHeader(byte[] out, int tag, long length) {
        out[0] = (byte) tag;
        if (length < 0x80) {
            out[1] = (byte) length;
            return 2;
        }
        int octets = headerLength(length) - 2;
        out[1] = (byte) (0x80 | octets);
        for (int i = 0; i < octets; i++) {
            out[2 + i] = (byte) (length >>> (8 * (octets - 1 - i)));
        }
        return 2 + octets;
    }
}
