package com.certhall.recognition.domain;

import com.certhall.recognition.OcrEngine;
import com.certhall.recognition.OcrEngine.Word;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a short name on a prepared page once more (docs/recognition.md "Names read twice"). A person's name has no
 * context for the engine's language model and is printed far larger than the text it was trained on, so the
 * engine misreads one of its characters more often than in a company name. The strip right of the label is cut out
 * by the words' boxes and read as one line at four smaller sizes, in one run of the engine's model for names; the
 * page's own reading is a fifth. The reading most of them agree on wins, a tie goes to the highest mean confidence.
 * When the engine was sure of every character on the page, its reading stands and nothing is read again.
 */
final class NameRereading {

    /**
     * Heights in pixels the label's line is scaled to: the Han script model reads names best with lines 26–53 px
     * high, a licence's at 0.3–0.6 and an ID card's at 0.5–1 of their size (docs/benchmarks.md).
     */
    private static final double[] LINE_HEIGHTS = {26, 35, 44, 53};
    private static final int MARGIN = 15;
    /** The page's reading stands when the engine was this sure of every character of it (no second reading). */
    private static final double SURE = 90;

    private NameRereading() {
    }

    /**
     * The name after the first of {@code labels} on the page, read again; {@code read} when the label's line is not
     * found or no strip gives a name.
     */
    static String reread(String read, BufferedImage page, List<Word> words, OcrEngine engine, String... labels) {
        List<Word> line = lineOf(words, labels);
        if (line.isEmpty()) {
            return read;
        }
        int labelEnd = labelEnd(line, labels);
        List<Word> value = line.stream().filter(w -> w.x() >= labelEnd).toList();
        if (plausible(read) && !value.isEmpty() && value.stream().allMatch(w -> w.confidence() >= SURE)) {
            return read;
        }
        int top = Integer.MAX_VALUE;
        int bottom = 0;
        int right = 0;
        for (Word w : line) {
            top = Math.min(top, w.y());
            bottom = Math.max(bottom, w.y() + w.height());
            right = Math.max(right, w.x() + w.width());
        }
        int x0 = Math.min(page.getWidth() - 1, labelEnd + 10);
        int y0 = Math.max(0, top - MARGIN);
        int x1 = Math.min(page.getWidth(), right + 2 * MARGIN);
        int y1 = Math.min(page.getHeight(), bottom + MARGIN);
        if (x1 - x0 < 8 || y1 - y0 < 8) {
            return read;
        }
        BufferedImage strip = page.getSubimage(x0, y0, x1 - x0, y1 - y0);
        Map<String, Double> best = new LinkedHashMap<>();
        Map<String, Integer> votes = new LinkedHashMap<>();
        if (plausible(read)) {
            vote(votes, best, read, meanConfidence(value));
        }
        List<BufferedImage> strips = new ArrayList<>();
        for (double height : LINE_HEIGHTS) {
            strips.add(scaled(strip, height / Math.max(1, bottom - top)));
        }
        for (List<Word> again : engine.names(strips)) {
            String name = ScanText.cjk(String.join("", again.stream().map(Word::text).toList()));
            if (plausible(name)) {
                vote(votes, best, name, meanConfidence(again));
            }
        }
        String winner = read;
        int most = 0;
        double confidence = -1;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            double c = best.get(e.getKey());
            if (e.getValue() > most || e.getValue() == most && c > confidence) {
                winner = e.getKey();
                most = e.getValue();
                confidence = c;
            }
        }
        return winner;
    }

    /** A Chinese personal name: two to four characters (a compound surname and a two-character given name). */
    private static boolean plausible(String name) {
        return name.length() >= 2 && name.length() <= 4;
    }

    private static void vote(Map<String, Integer> votes, Map<String, Double> best, String name, double confidence) {
        votes.merge(name, 1, Integer::sum);
        best.merge(name, confidence, Math::max);
    }

    /** The words of the first line whose text holds one of the labels. */
    private static List<Word> lineOf(List<Word> words, String... labels) {
        Map<String, List<Word>> lines = new LinkedHashMap<>();
        for (Word w : words) {
            lines.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
        }
        for (String label : labels) {
            for (List<Word> line : lines.values()) {
                String text = String.join("", line.stream().map(Word::text).toList());
                if (text.contains(label)) {
                    return line;
                }
            }
        }
        return List.of();
    }

    /** Where the label ends: the right edge of the word that completes it (its last character). */
    private static int labelEnd(List<Word> line, String... labels) {
        StringBuilder text = new StringBuilder();
        for (Word w : line) {
            text.append(w.text());
            for (String label : labels) {
                if (text.toString().contains(label)) {
                    return w.x() + w.width();
                }
            }
        }
        return line.get(0).x() + line.get(0).width();
    }

    private static double meanConfidence(List<Word> words) {
        return words.stream().mapToDouble(Word::confidence).average().orElse(0);
    }

    /** The strip scaled smoothly onto white with a margin, as the engine likes a line to stand. */
    private static BufferedImage scaled(BufferedImage strip, double scale) {
        int w = Math.max(1, (int) Math.round(strip.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(strip.getHeight() * scale));
        BufferedImage out = new BufferedImage(w + 2 * 20, h + 2 * 20, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(strip, 20, 20, w, h, null);
        g.dispose();
        return out;
    }
}
