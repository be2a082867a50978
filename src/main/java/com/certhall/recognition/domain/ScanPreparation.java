package com.certhall.recognition.domain;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Turns a phone photo of a card or licence into what an OCR engine reads best, with java.awt only: the document is
 * found as the largest region that differs from the photo's border colour and cropped, turned upright by the angle
 * at which its text lines line up best (projection profile), scaled to a fixed width, and binarized against the
 * local mean brightness so shadows and uneven light do not blacken whole areas. The binary image finds the angle
 * and tells whether there are lines of text at all (a photo without is not sent to the engine); the engine reads
 * the same image flattened against the local mean ({@link #flatten}).
 */
final class ScanPreparation {

    private static final int WORKING_SIDE = 1600;
    private static final double MAX_SKEW = 10.0;

    /** The image for the engine, the angle it was turned by (degrees) and whether it holds lines of text. */
    record Prepared(BufferedImage image, double skew, boolean hasText) {
    }

    Prepared prepare(BufferedImage photo, int targetWidth) {
        BufferedImage work = scale(photo, Math.min(1.0, (double) WORKING_SIDE / Math.max(photo.getWidth(),
                photo.getHeight())));
        Rectangle rough = Locator.document(work);
        BufferedImage crop = work.getSubimage(rough.x, rough.y, rough.width, rough.height);
        double skew = skewOf(gray(crop), crop.getWidth(), crop.getHeight());
        if (Math.abs(skew) >= 0.2) {
            work = rotate(work, -skew);
            Rectangle upright = Locator.document(work);
            crop = work.getSubimage(upright.x, upright.y, upright.width, upright.height);
        }
        BufferedImage sized = scale(crop, (double) targetWidth / crop.getWidth());
        return new Prepared(flatten(sized), skew, hasTextLines(binarize(sized)));
    }

    /**
     * Each pixel divided by the mean of its neighbourhood, so paper is white everywhere (shadows, gradients and
     * printed patterns gone) while strokes keep their grey edges. The engine gets this rather than the binary
     * image: on the generated set it read the printed labels right five times as often (docs/recognition.md).
     */
    static BufferedImage flatten(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] smooth = Integrals.boxMean(gray(image), w, h, 1);
        int[] mean = Integrals.boxMean(smooth, w, h, Math.max(7, w / 32));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int v = Math.min(255, 255 * smooth[i] / Math.max(1, mean[i]));
                v = v > 235 ? 255 : v;
                row[x] = (v << 16) | (v << 8) | v;
            }
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }

    static int[] gray(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        int[] g = new int[w * h];
        for (int i = 0; i < g.length; i++) {
            int c = rgb[i];
            g[i] = (((c >> 16) & 255) * 299 + ((c >> 8) & 255) * 587 + (c & 255) * 114) / 1000;
        }
        return g;
    }

    /**
     * The text's angle: dark pixels (darker than their neighbourhood) are projected on the vertical axis of each
     * candidate angle, and the angle whose profile is sharpest (largest sum of squares) wins, first in half degrees,
     * then in tenths around the best.
     */
    static double skewOf(int[] g, int w, int h) {
        boolean[] dark = threshold(g, w, h);
        int count = 0;
        for (boolean d : dark) {
            count += d ? 1 : 0;
        }
        int step = Math.max(1, count / 30_000);
        int[] xs = new int[count / step + 1];
        int[] ys = new int[xs.length];
        int n = 0;
        int seen = 0;
        for (int i = 0; i < dark.length && n < xs.length; i++) {
            if (dark[i] && seen++ % step == 0) {
                xs[n] = i % w;
                ys[n] = i / w;
                n++;
            }
        }
        if (n < 200) {
            return 0;
        }
        double best = 0;
        double bestScore = -1;
        for (double a = -MAX_SKEW; a <= MAX_SKEW; a += 0.5) {
            double s = profileScore(xs, ys, n, a, w, h);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.4; a <= coarse + 0.4; a += 0.1) {
            double s = profileScore(xs, ys, n, a, w, h);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return Math.round(best * 10) / 10.0;
    }

    private static double profileScore(int[] xs, int[] ys, int n, double degrees, int w, int h) {
        double t = Math.toRadians(degrees);
        double sin = Math.sin(t);
        double cos = Math.cos(t);
        int size = w + h + 2;
        int[] bins = new int[2 * size];
        for (int i = 0; i < n; i++) {
            int y = (int) Math.round(-xs[i] * sin + ys[i] * cos) + size;
            bins[y]++;
        }
        double score = 0;
        for (int b : bins) {
            score += (double) b * b;
        }
        return score;
    }

    /**
     * Darker than a quarter below the mean of a wide neighbourhood (a sixteenth of the width), after a 3×3 blur
     * that takes sensor noise away; a relative margin keeps pale printed backgrounds and shadows white.
     */
    static boolean[] threshold(int[] g, int w, int h) {
        int[] smooth = Integrals.boxMean(g, w, h, 1);
        int[] mean = Integrals.boxMean(smooth, w, h, Math.max(7, w / 32));
        boolean[] dark = new boolean[g.length];
        for (int i = 0; i < g.length; i++) {
            dark[i] = smooth[i] * 4 < mean[i] * 3;
        }
        return despeckle(dark, w, h);
    }

    /** A dark pixel with at most one dark neighbour is noise, not part of a stroke. */
    static boolean[] despeckle(boolean[] dark, int w, int h) {
        boolean[] out = dark.clone();
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                if (dark[i]) {
                    int n = 0;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            n += dark[i + dy * w + dx] ? 1 : 0;
                        }
                    }
                    out[i] = n > 2;
                }
            }
        }
        return out;
    }

    static BufferedImage binarize(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean[] dark = threshold(gray(image), w, h);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                row[x] = dark[y * w + x] ? 0 : 0xFFFFFF;
            }
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }

    /** At least a few rows cross many strokes: characters in a line, not a photo's edges or a drawing. */
    static boolean hasTextLines(BufferedImage binary) {
        int w = binary.getWidth();
        int h = binary.getHeight();
        int[] row = new int[w];
        int texty = 0;
        for (int y = 0; y < h; y++) {
            binary.getRGB(0, y, w, 1, row, 0, w);
            int runs = 0;
            boolean inside = false;
            for (int x = 0; x < w; x++) {
                boolean dark = (row[x] & 0xFF) < 128;
                if (dark && !inside) {
                    runs++;
                }
                inside = dark;
            }
            if (runs >= 12) {
                texty++;
            }
        }
        return texty >= Math.max(8, h / 25);
    }

    static BufferedImage scale(BufferedImage image, double factor) {
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, factor < 1
                ? RenderingHints.VALUE_INTERPOLATION_BILINEAR : RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    static BufferedImage rotate(BufferedImage image, double degrees) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(Locator.borderColour(image)));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, AffineTransform.getRotateInstance(Math.toRadians(degrees), w / 2.0, h / 2.0), null);
        g.dispose();
        return out;
    }

    /** Box means over an integral image: O(1) per pixel whatever the radius. */
    static final class Integrals {

        private Integrals() {
        }

        static int[] boxMean(int[] v, int w, int h, int r) {
            long[] sum = new long[(w + 1) * (h + 1)];
            for (int y = 0; y < h; y++) {
                long line = 0;
                for (int x = 0; x < w; x++) {
                    line += v[y * w + x];
                    sum[(y + 1) * (w + 1) + x + 1] = sum[y * (w + 1) + x + 1] + line;
                }
            }
            int[] out = new int[v.length];
            for (int y = 0; y < h; y++) {
                int y0 = Math.max(0, y - r);
                int y1 = Math.min(h, y + r + 1);
                for (int x = 0; x < w; x++) {
                    int x0 = Math.max(0, x - r);
                    int x1 = Math.min(w, x + r + 1);
                    long s = sum[y1 * (w + 1) + x1] - sum[y0 * (w + 1) + x1] - sum[y1 * (w + 1) + x0]
                            + sum[y0 * (w + 1) + x0];
                    out[y * w + x] = (int) (s / ((long) (x1 - x0) * (y1 - y0)));
                }
            }
            return out;
        }

        static int median(int[] values) {
            int[] copy = values.clone();
            Arrays.sort(copy);
            return copy[copy.length / 2];
        }
    }
}
