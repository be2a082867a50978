package com.certhall.seals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A few lines of DER reading (X.690 §8.1) for the tests, so the seal is taken apart by code that did not make it. */
public final class Der {

    private Der() {
    }

    /** The elements (tag, length and contents each) inside the SEQUENCE {@code der}. */
    static List<byte[]> children(byte[] der) {
        int[] outer = header(der, 0);
        List<byte[]> out = new ArrayList<>();
        int at = outer[0];
        int end = outer[0] + outer[1];
        while (at < end) {
            int[] h = header(der, at);
            out.add(Arrays.copyOfRange(der, at, h[0] + h[1]));
            at = h[0] + h[1];
        }
        return out;
    }

    /** The contents of an element (after tag and length). */
    static byte[] contents(byte[] element) {
        int[] h = header(element, 0);
        return Arrays.copyOfRange(element, h[0], h[0] + h[1]);
    }

    // {start of contents, length of contents} of the element at offset
    private static int[] header(byte[] der, int offset) {
        int first = der[offset + 1] & 0xFF;
        if (first < 0x80) {
            return new int[] {offset + 2, first};
        }
        int n = first & 0x7F;
        int length = 0;
        for (int i = 0; i < n; i++) {
            length = length << 8 | der[offset + 2 + i] & 0xFF;
        }
        return new int[] {offset + 2 + n, length};
    }

    /** Where {@code needle} first stands in {@code haystack}, or -1. */
    public static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
