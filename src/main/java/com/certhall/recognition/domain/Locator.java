package com.certhall.recognition.domain;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;

/**
 * Finds the document in a photo. The photo's border is taken as the table or hand it lies on; cells of 4×4 pixels
 * (averaged, so sensor noise does not count) that differ from the border's median colour are the document, whose
 * largest connected region is it. A document that fills the frame (a flatbed scan) or blends with the table keeps
 * the regions that hold something (its text), and a photo with nothing on it is kept whole.
 */
final class Locator {

    private static final int CELL = 4;
    private static final int DIFFERENCE = 60;

    private Locator() {
    }

    static Rectangle document(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int cw = w / CELL;
        int ch = h / CELL;
        Rectangle whole = new Rectangle(0, 0, w, h);
        if (cw < 8 || ch < 8) {
            return whole;
        }
        int border = borderColour(image);
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        boolean[] differs = new boolean[cw * ch];
        for (int cy = 0; cy < ch; cy++) {
            for (int cx = 0; cx < cw; cx++) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int y = cy * CELL; y < cy * CELL + CELL; y++) {
                    for (int x = cx * CELL; x < cx * CELL + CELL; x++) {
                        int c = rgb[y * w + x];
                        r += (c >> 16) & 255;
                        g += (c >> 8) & 255;
                        b += c & 255;
                    }
                }
                int n = CELL * CELL;
                int d = Math.abs(r / n - ((border >> 16) & 255)) + Math.abs(g / n - ((border >> 8) & 255))
                        + Math.abs(b / n - (border & 255));
                differs[cy * cw + cx] = d > DIFFERENCE;
            }
        }
        int[] label = new int[cw * ch];
        int largest = 0;
        int largestSize = 0;
        int next = 0;
        int[] sizes = new int[cw * ch + 1];
        int[][] boxes = new int[cw * ch + 1][];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < differs.length; start++) {
            if (!differs[start] || label[start] != 0) {
                continue;
            }
            next++;
            int[] box = {start % cw, start / cw, start % cw, start / cw};
            int size = 0;
            label[start] = next;
            queue.add(start);
            while (!queue.isEmpty()) {
                int i = queue.poll();
                size++;
                int x = i % cw;
                int y = i / cw;
                box[0] = Math.min(box[0], x);
                box[1] = Math.min(box[1], y);
                box[2] = Math.max(box[2], x);
                box[3] = Math.max(box[3], y);
                visit(x - 1, y, cw, ch, differs, label, next, queue);
                visit(x + 1, y, cw, ch, differs, label, next, queue);
                visit(x, y - 1, cw, ch, differs, label, next, queue);
                visit(x, y + 1, cw, ch, differs, label, next, queue);
            }
            sizes[next] = size;
            boxes[next] = box;
            if (size > largestSize) {
                largestSize = size;
                largest = next;
            }
        }
        int cells = cw * ch;
        if (largest == 0) {
            return whole;
        }
        int[] box;
        if (largestSize * 4 >= cells) {
            box = boxes[largest];
        } else {
            box = null;
            for (int l = 1; l <= next; l++) {
                if (sizes[l] * 500 >= cells) {
                    box = box == null ? boxes[l].clone() : new int[] {Math.min(box[0], boxes[l][0]),
                            Math.min(box[1], boxes[l][1]), Math.max(box[2], boxes[l][2]),
                            Math.max(box[3], boxes[l][3])};
                }
            }
            if (box == null) {
                return whole;
            }
        }
        int margin = 2;
        int x0 = Math.max(0, (box[0] - margin) * CELL);
        int y0 = Math.max(0, (box[1] - margin) * CELL);
        int x1 = Math.min(w, (box[2] + 1 + margin) * CELL);
        int y1 = Math.min(h, (box[3] + 1 + margin) * CELL);
        if (x1 - x0 < 32 || y1 - y0 < 32) {
            return whole;
        }
        return new Rectangle(x0, y0, x1 - x0, y1 - y0);
    }

    private static void visit(int x, int y, int cw, int ch, boolean[] differs, int[] label, int l,
            ArrayDeque<Integer> queue) {
        if (x < 0 || y < 0 || x >= cw || y >= ch) {
            return;
        }
        int i = y * cw + x;
        if (differs[i] && label[i] == 0) {
            label[i] = l;
            queue.add(i);
        }
    }

    /** The median colour (per channel) of the photo's outermost pixels. */
    static int borderColour(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] border = new int[2 * (w + h)];
        int k = 0;
        for (int x = 0; x < w; x++) {
            border[k++] = image.getRGB(x, 0);
            border[k++] = image.getRGB(x, h - 1);
        }
        for (int y = 0; y < h; y++) {
            border[k++] = image.getRGB(0, y);
            border[k++] = image.getRGB(w - 1, y);
        }
        int[] r = new int[k];
        int[] g = new int[k];
        int[] b = new int[k];
        for (int i = 0; i < k; i++) {
            r[i] = (border[i] >> 16) & 255;
            g[i] = (border[i] >> 8) & 255;
            b[i] = border[i] & 255;
        }
        return (ScanPreparation.Integrals.median(r) << 16) | (ScanPreparation.Integrals.median(g) << 8)
                | ScanPreparation.Integrals.median(b);
    }
}
