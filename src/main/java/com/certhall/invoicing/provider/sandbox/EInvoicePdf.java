package com.certhall.invoicing.provider.sandbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The invoice's PDF ({@link EInvoiceLayout}). The CJK font is embedded as a subset, so the text can be extracted;
 * the seal is an image with its transparency kept (a soft mask), so the print under it shows through.
 */
final class EInvoicePdf implements InvoiceCanvas {

    private final byte[] font;
    private PDDocument doc;
    private PDType0Font cjk;
    private PDPageContentStream out;

    EInvoicePdf(byte[] font) {
        this.font = font;
    }

    byte[] render(EInvoiceFiles.Issued invoice, byte[] seal) {
        try (PDDocument document = new PDDocument()) {
            doc = document;
            PDPage page = new PDPage(new PDRectangle(EInvoiceLayout.W, EInvoiceLayout.H));
            doc.addPage(page);
            cjk = PDType0Font.load(doc, new ByteArrayInputStream(font), true);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                out = content;
                new EInvoiceLayout(this).draw(invoice, seal);
            }
            doc.getDocumentInformation().setTitle("电子发票 " + invoice.number());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the invoice PDF", e);
        }
    }

    @Override
    public void text(String value, float x, float y, float size) {
        draw(() -> {
            out.beginText();
            out.setFont(cjk, size);
            out.newLineAtOffset(x, y);
            out.showText(value == null ? "" : value);
            out.endText();
        });
    }

    @Override
    public float width(String value, float size) {
        try {
            return cjk.getStringWidth(value) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void line(float x1, float y1, float x2, float y2, float lineWidth) {
        draw(() -> {
            out.setLineWidth(lineWidth);
            out.moveTo(x1, y1);
            out.lineTo(x2, y2);
            out.stroke();
        });
    }

    @Override
    public void box(float x, float y, float w, float h, float lineWidth) {
        draw(() -> {
            out.setLineWidth(lineWidth);
            out.addRect(x, y, w, h);
            out.stroke();
        });
    }

    @Override
    public void squares(float[][] squares) {
        draw(() -> {
            for (float[] s : squares) {
                out.addRect(s[0], s[1], s[2], s[2]);
            }
            out.fill();
        });
    }

    @Override
    public void image(byte[] png, float x, float y, float w, float h) {
        draw(() -> out.drawImage(PDImageXObject.createFromByteArray(doc, png, "seal.png"), x, y, w, h));
    }

    /** A drawing step on the page; PDFBox's I/O failure (writing to memory) is unchecked here. */
    private static void draw(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Step {
        void run() throws IOException;
    }
}
