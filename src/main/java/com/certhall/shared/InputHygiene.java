package com.certhall.shared;

import java.util.Locale;

/**
 * Cleans what users paste into code and number fields (CFCA FAQ 6.4): full-width characters become their
 * ASCII forms, every kind of space and invisible separator is dropped, letters are upper-cased.
 */
public final class InputHygiene {

    private InputHygiene() {
    }

    /** Full-width to half-width, all whitespace and zero-width characters removed, upper-cased. */
    public static String compact(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            int c = toHalfWidth(cp);
            if (!isSpace(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** Full-width to half-width and trimmed, inner single spaces kept: for names and addresses. */
    public static String tidy(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            int c = toHalfWidth(cp);
            out.appendCodePoint(isSpace(c) ? ' ' : c);
        });
        return out.toString().trim().replaceAll(" {2,}", " ");
    }

    private static int toHalfWidth(int cp) {
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            return cp - 0xFEE0;
        }
        return cp == 0x3000 ? ' ' : cp;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isInvisibleSpace(cp);
    }

    /** Zero-width space, non-joiner, joiner, byte-order mark and no-break space: pasted, never meant. */
    static boolean isInvisibleSpace(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF || cp == 0x00A0;
    }
}
