package com.certhall.seals.domain;

import com.certhall.seals.SealKind;
import com.certhall.shared.InvalidInputException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Draws seal images as Chinese practice draws them (docs/seals.md "Images"): red ink on a transparent background,
 * 300 dpi PNG (the pHYs chunk says so), the sizes of {@link SealKind}. Text in Noto Serif CJK SC Bold (Debian
 * {@code fonts-noto-cjk}), the logical serif font when it is missing.
 */
@Component
public class SealImages {

    public static final int DPI = 300;
    static final Color INK = new Color(0xD9, 0x10, 0x10);
    private static final double PX_PER_MM = DPI / 25.4;

    private final String fontFamily;

    SealImages() {
        Font noto = new Font("Noto Serif CJK SC", Font.BOLD, 12);
        this.fontFamily = noto.getFamily().startsWith("Noto") ? "Noto Serif CJK SC" : Font.SERIF;
    }

    /** The PNG of a seal; {@code middle} is the USCC of an invoice seal, {@code bottom} an optional lower text. */
    public byte[] draw(SealKind kind, String name, @Nullable String middle, @Nullable String bottom) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty() || text.length() > (kind == SealKind.PERSONAL ? 4 : 24)) {
            throw InvalidInputException.of("name", "length", "validation.seals.name", "name");
        }
        int width = px(kind.widthMm());
        int height = px(kind.heightMm());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(INK);
        switch (kind) {
            case OFFICIAL -> official(g, width, text, bottom);
            case INVOICE -> invoice(g, width, height, text, middle);
            case PERSONAL -> personal(g, width, text);
        }
        g.dispose();
        return png(image);
    }

    // Round seal: 1.2 mm border, the name on the upper arc (up to 250°), a star of 14 mm across in the middle.
    private void official(Graphics2D g, int size, String name, @Nullable String bottom) {
        double border = mm(1.2);
        g.setStroke(new BasicStroke((float) border));
        g.draw(new Ellipse2D.Double(border / 2, border / 2, size - border, size - border));
        double c = size / 2.0;
        star(g, c, c, mm(7));
        arcText(g, name, c, c, c - border - mm(1), c - border - mm(1), Math.min(250, 26.0 * name.length()), mm(7));
        if (bottom != null && !bottom.isBlank()) {
            fitted(g, bottom.strip(), c, c + mm(13), size * 0.5, mm(4));
        }
    }

    // Elliptical invoice seal (40 × 30 mm, 1 mm border): name on the upper arc, USCC across, 发票专用章 below.
    private void invoice(Graphics2D g, int width, int height, String name, @Nullable String uscc) {
        if (uscc == null || uscc.isBlank()) {
            throw InvalidInputException.of("uscc", "required", "validation.required", "uscc");
        }
        double border = mm(1.0);
        g.setStroke(new BasicStroke((float) border));
        g.draw(new Ellipse2D.Double(border / 2, border / 2, width - border, height - border));
        double cx = width / 2.0;
        double cy = height / 2.0;
        arcText(g, name, cx, cy, cx - border - mm(0.8), cy - border - mm(0.8), Math.min(190, 20.0 * name.length()),
                mm(4.6));
        fitted(g, uscc.strip(), cx, cy + mm(2.2), width * 0.6, mm(3.2));
        fitted(g, "发票专用章", cx, cy + mm(9), width * 0.5, mm(4.6));
    }

    // Square personal seal: 1 mm border; 2 characters side by side, 3–4 in two columns read right to left.
    private void personal(Graphics2D g, int size, String name) {
        double border = mm(1.0);
        g.setStroke(new BasicStroke((float) border));
        g.draw(new Rectangle2D.Double(border / 2, border / 2, size - border, size - border));
        String text = name.length() == 3 ? name + "印" : name;
        double inner = size - 2 * border - mm(1.5);
        double origin = border + mm(0.75);
        if (text.length() == 1) {
            glyph(g, text.charAt(0), origin, origin, inner, inner);
            return;
        }
        int columns = 2;
        int rows = text.length() <= 2 ? 1 : 2;
        double cellW = inner / columns;
        double cellH = inner / rows;
        for (int i = 0; i < text.length(); i++) {
            int column = columns - 1 - i / rows;
            int row = i % rows;
            glyph(g, text.charAt(i), origin + column * cellW, origin + row * cellH, cellW, cellH);
        }
    }

    private void glyph(Graphics2D g, char ch, double x, double y, double w, double h) {
        Font font = new Font(fontFamily, Font.BOLD, 100);
        Rectangle2D bounds = font.createGlyphVector(g.getFontRenderContext(), String.valueOf(ch)).getVisualBounds();
        AffineTransform at = new AffineTransform();
        at.translate(x, y);
        at.scale(w / bounds.getWidth(), h / bounds.getHeight());
        at.translate(-bounds.getX(), -bounds.getY());
        g.fill(at.createTransformedShape(font.createGlyphVector(g.getFontRenderContext(), String.valueOf(ch))
                .getOutline()));
    }

    /**
     * Characters spread over {@code sweepDegrees} of the upper arc of an ellipse whose outer edge is (rx, ry), each
     * upright towards the centre, narrowed to 80 % width as seal engravers do, sized to fit the arc.
     */
    private void arcText(Graphics2D g, String text, double cx, double cy, double rx, double ry, double sweepDegrees,
            double maxSize) {
        int n = text.length();
        double sweep = Math.toRadians(sweepDegrees);
        double step = n == 1 ? sweep : sweep / (n - 1);
        double size = Math.min(maxSize, (rx + ry) / 2 * step * 0.95 / 0.8);
        size = Math.min(size, Math.min(rx, ry) * 0.45);
        Font font = new Font(fontFamily, Font.BOLD, 100);
        for (int i = 0; i < n; i++) {
            double t = n == 1 ? 0 : -sweep / 2 + step * i;
            double x = cx + (rx - size / 2) * Math.sin(t);
            double y = cy - (ry - size / 2) * Math.cos(t);
            double rotation = Math.atan2(ry * Math.sin(t), rx * Math.cos(t));
            var outline = font.createGlyphVector(g.getFontRenderContext(), text.substring(i, i + 1)).getOutline();
            Rectangle2D box = font.createGlyphVector(g.getFontRenderContext(), "国").getVisualBounds();
            AffineTransform at = new AffineTransform();
            at.translate(x, y);
            at.rotate(rotation);
            at.scale(0.8 * size / box.getHeight(), size / box.getHeight());
            at.translate(-box.getCenterX(), -box.getCenterY());
            g.fill(at.createTransformedShape(outline));
        }
    }

    /** A line centred on {@code cx}, as large as {@code maxSize} allows within {@code maxWidth}. */
    private void fitted(Graphics2D g, String text, double cx, double baseline, double maxWidth, double maxSize) {
        Font font = new Font(fontFamily, Font.BOLD, 100);
        double width = g.getFontMetrics(font).stringWidth(text);
        double size = Math.min(maxSize, 100 * maxWidth / width);
        g.setFont(font.deriveFont((float) size));
        g.drawString(text, (float) (cx - g.getFontMetrics().stringWidth(text) / 2.0), (float) baseline);
    }

    private static void star(Graphics2D g, double cx, double cy, double r) {
        Path2D star = new Path2D.Double();
        double inner = r * Math.sin(Math.toRadians(18)) / Math.sin(Math.toRadians(126));
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r : inner;
            double angle = Math.toRadians(-90 + 36 * i);
            double x = cx + radius * Math.cos(angle);
            double y = cy + radius * Math.sin(angle);
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        g.fill(star);
    }

    /** PNG with a pHYs chunk of 300 dpi (11811 pixels per metre). */
    static byte[] png(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), writer.getDefaultWriteParam());
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Integer.toString((int) Math.round(DPI / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), writer.getDefaultWriteParam());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    static int px(double mm) {
        return (int) Math.round(mm * PX_PER_MM);
    }

    private static double mm(double mm) {
        return mm * PX_PER_MM;
    }
}
