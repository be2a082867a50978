package com.certhall.documents.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Measures and breaks text for one font: Chinese may break between any two characters, Latin words break at
 * spaces when they can. Characters the font has no glyph for print as {@code ?} instead of failing the document.
 */
final class TextWrapper {

    private static final String NO_LINE_START = "，。、；：！？）》」』】〉”’…,.;:!?)%";
    private static final String NO_LINE_END = "（《「『【〈“‘(";

    private final PDType0Font font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();

    TextWrapper(PDType0Font font) {
        this.font = font;
    }

    float width(String text, float size) {
        try {
            return font.getStringWidth(printable(text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines {@code text} takes at {@code size} within {@code maxWidth}; at least one (possibly empty). */
    List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            wrapParagraph(paragraph, size, maxWidth, lines);
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    private void wrapParagraph(String paragraph, float size, float maxWidth, List<String> lines) {
        int before = lines.size();
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < paragraph.length()) {
            int cp = paragraph.codePointAt(i);
            String candidate = line + new String(Character.toChars(cp));
            if (line.length() > 0 && width(candidate, size) > maxWidth) {
                i += breakLine(line, cp, lines);
                continue;
            }
            line.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (line.length() > 0 || lines.size() == before) {
            lines.add(line.toString());
        }
    }

    /**
     * Ends the current line before {@code next}, following the usual Chinese line-breaking rules: closing
     * punctuation never starts a line (the character before it moves down with it), opening punctuation never
     * ends one (it moves down with the character it opens). Returns how many chars of the input were consumed.
     */
    private static int breakLine(StringBuilder line, int next, List<String> lines) {
        int last = line.codePointBefore(line.length());
        int space = line.lastIndexOf(" ");
        if (next == ' ') {
            lines.add(line.toString().stripTrailing());
            line.setLength(0);
            return 1;
        }
        if (next < 0x2E80 && space > 0) {
            lines.add(line.substring(0, space));
            line.delete(0, space + 1);
        } else if ((NO_LINE_START.indexOf(next) >= 0 || NO_LINE_END.indexOf(last) >= 0)
                && line.length() > Character.charCount(last)) {
            line.setLength(line.length() - Character.charCount(last));
            lines.add(line.toString());
            line.setLength(0);
            line.appendCodePoint(last);
        } else {
            lines.add(line.toString().stripTrailing());
            line.setLength(0);
        }
        return 0;
    }

    /** The text with tabs as spaces and unknown glyphs as {@code ?}; newlines are kept for {@link #wrap}. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(glyphs.computeIfAbsent(cp, this::hasGlyph) ? cp : '?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
