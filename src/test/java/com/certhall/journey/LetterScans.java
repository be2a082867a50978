package com.certhall.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The letter of authorisation as the handler scans it back after printing the downloaded PDF: its text names the
 * parties, its first page is rendered to a JPEG with the legal representative's signature and, when sealed, the red
 * company seal in the "委托单位（盖章）" box.
 */
final class LetterScans {

    private LetterScans() {
    }

    static Path scan(Path letterPdf, Path target, boolean sealed, String... mustName) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(letterPdf.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(mustName);
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 90, ImageType.RGB);
            Graphics2D g = page.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int w = page.getWidth();
            int h = page.getHeight();
            g.setColor(new Color(0x20, 0x20, 0x60));
            g.setStroke(new BasicStroke(2f));
            g.drawLine(w * 42 / 100, h * 70 / 100, w * 58 / 100, h * 69 / 100);
            if (sealed) {
                seal(g, w * 22 / 100, h * 66 / 100, w / 11);
            }
            g.dispose();
            ImageIO.write(page, "jpg", target.toFile());
            return target;
        }
    }

    private static void seal(Graphics2D g, int cx, int cy, int r) {
        g.setColor(new Color(0xD0, 0x10, 0x10));
        g.setStroke(new BasicStroke(4f));
        g.drawOval(cx - r, cy - r, 2 * r, 2 * r);
        g.fillPolygon(new int[] {cx, cx + r / 4, cx - r / 4}, new int[] {cy - r / 4, cy + r / 6, cy + r / 6}, 3);
    }
}
