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
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < paragraph.length()) {
            int cp = paragraph.codePointAt(i);
            String candidate = line + new String(Character.toChars(cp));
            if (line.length() > 0 && width(candidate, size) > maxWidth) {
                int space = line.lastIndexOf(" ");
                boolean latin = cp < 0x2E80 && cp != ' ';
                if (latin && space > 0) {
                    lines.add(line.substring(0, space));
                    line.delete(0, space + 1);
                } else {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                }
                if (cp == ' ') {
                    i += Character.charCount(cp);
                }
                continue;
            }
            line.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        lines.add(line.toString());
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
