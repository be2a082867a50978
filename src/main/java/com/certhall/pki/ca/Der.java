package com.certhall.pki.ca;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;

/**
 * DER written by hand where the CA assembles a structure itself instead of through Bouncy Castle's builders: OCSP
 * answers and CRLs streamed entry by entry (docs/pki.md). Lengths in the definite form with the fewest octets
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
