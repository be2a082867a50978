package com.certhall.shared;

import org.jspecify.annotations.Nullable;

/**
 * The rule for free text a person types (a reason, a note, a remark): spaces collapsed, at most a stated number
 * of characters, and no control or invisible format characters (NUL, U+202E and the other bidi controls) except line
 * breaks, tabs and the zero-width spaces {@link InputHygiene} already turns into spaces. Every free-text field of a command goes through it, so a megabyte of text or a hidden direction
 * override is refused with the field's name instead of reaching a column, an event or a page (docs/security.md
 * "Bad input").
 */
public final class FreeText {

    /** The limit of a reason or note that goes into an order's history (its column holds 1000). */
    public static final int REASON = 500;

    private FreeText() {
    }

    /** The tidied text, or null when blank; refuses control characters and text over {@code max} characters. */
    public static @Nullable String optional(String field, @Nullable String raw, int max) {
        if (raw == null) {
            return null;
        }
        if (raw.length() > max * 4) {
            // refused before tidying, so a huge value costs no work
            throw InvalidInputException.of(field, "length", "validation.text.tooLong", field, max);
        }
        if (raw.codePoints().anyMatch(FreeText::forbidden)) {
            throw InvalidInputException.of(field, "control", "validation.text.control", field);
        }
        String text = collapse(raw);
        if (text.isEmpty()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw InvalidInputException.of(field, "length", "validation.text.tooLong", field, max);
        }
        return text;
    }

    /** As {@link #optional}, but a blank value is refused as missing. */
    public static String required(String field, @Nullable String raw, int max) {
        String text = optional(field, raw, max);
        if (text == null) {
            throw InvalidInputException.of(field, "required", "validation.required", field);
        }
        return text;
    }

    /** Trimmed, every run of spaces, line breaks and invisible spaces one space; punctuation as typed (，stays ，). */
    private static String collapse(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || InputHygiene.isInvisibleSpace(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /**
     * Control characters (Unicode category Cc) other than tab and line breaks, format characters (Cf: bidi
     * embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069, the marks U+200E/U+200F, and the like), and
     * unassigned, private-use or surrogate code points.
     */
    public static boolean forbidden(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r' || InputHygiene.isInvisibleSpace(codePoint)) {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }
}
