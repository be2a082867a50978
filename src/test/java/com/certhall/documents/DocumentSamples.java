package com.certhall.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real files of every accepted format, made on the fly, plus things that only pretend to be one. */
public final class DocumentSamples {

    private DocumentSamples() {
    }

    public static byte[] image(DocumentFormat format, int width, int height) {
        String type = switch (format) {
            case JPEG -> "jpg";
            case PNG -> "png";
            case BMP -> "bmp";
            case GIF -> "gif";
            case PDF -> throw new IllegalArgumentException("not an image");
        };
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(200, 30, 30));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, type, out)) {
                throw new IllegalStateException("no writer for " + type);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A one-page A4 PDF with a line of text and a filled rectangle. */
    public static byte[] pdf() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setNonStrokingColor(0.1f, 0.3f, 0.8f);
                content.addRect(100, 500, 300, 200);
                content.fill();
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 24);
                content.newLineAtOffset(100, 750);
                content.showText("Business licence scan");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] sample(DocumentFormat format) {
        return format == DocumentFormat.PDF ? pdf() : image(format, 640, 480);
    }

    /** The start of a Windows executable (MZ header, PE offset). */
    public static byte[] exe() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3C] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    /** A PDF by its magic bytes whose body is readable text, to look for on disk. */
    public static byte[] pdfWithMarker(String marker) {
        return ("%PDF-1.7\n% " + marker + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }
}
