package com.certhall.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A top-to-bottom A4 layout: the cursor moves down as rows, paragraphs and boxes are drawn, and a new page starts
 * when the next block would cross the bottom margin. Cells wrap long values (see {@link TextWrapper}).
 */
final class PdfSheet {

    static final float MARGIN = 46f;
    static final float BOTTOM = 50f;
    static final float PAD = 3.5f;
    static final float FONT_SIZE = 9.5f;
    static final float LEADING = 12.5f;
    static final float MIN_ROW = 18.5f;
    private static final float LINE_WIDTH = 0.6f;
    private static final float SHADE = 0.93f;

    private final PDDocument document;
    private final PDType0Font font;
    private final TextWrapper wrapper;
    private PDPageContentStream content;
    private float y;

    PdfSheet(PDDocument document, PDType0Font font) throws IOException {
        this.document = document;
        this.font = font;
        this.wrapper = new TextWrapper(font);
        this.content = startPage();
    }

    static float pageWidth() {
        return PDRectangle.A4.getWidth();
    }

    static float contentWidth() {
        return pageWidth() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        this.y = newY;
    }

    void gap(float height) {
        y -= height;
    }

    PDPageContentStream content() {
        return content;
    }

    TextWrapper wrapper() {
        return wrapper;
    }

    void ensureSpace(float height) throws IOException {
        if (!fits(height)) {
            newPage();
        }
    }

    void newPage() throws IOException {
        content.close();
        content = startPage();
    }

    /** Writes one line of text with its baseline at {@code baseline}. */
    void text(String text, float x, float baseline, float size) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(wrapper.printable(text));
        content.endText();
    }

    void centered(String text, float size) throws IOException {
        for (String line : wrapper.wrap(text, size, contentWidth() - 160)) {
            ensureSpace(size * 1.5f);
            y -= size * 1.35f;
            text(line, (pageWidth() - wrapper.width(line, size)) / 2, y, size);
        }
    }

    /** One table row of cells side by side; the row is as tall as its tallest wrapped cell. */
    void row(List<Cell> cells) throws IOException {
        float total = contentWidth();
        float height = rowHeight(cells);
        ensureSpace(height);
        float x = MARGIN;
        for (Cell cell : cells) {
            float width = cell.share() * total;
            drawCell(cell, x, width, height);
            x += width;
        }
        y -= height;
    }

    /** How tall {@link #row} would draw these cells. */
    float rowHeight(List<Cell> cells) {
        float height = MIN_ROW;
        for (Cell cell : cells) {
            int lines = wrapper.wrap(cell.text(), FONT_SIZE, cell.share() * contentWidth() - 2 * PAD).size();
            height = Math.max(height, lines * LEADING + 2 * PAD);
        }
        return height;
    }

    boolean fits(float height) {
        return y - height >= BOTTOM;
    }

    private void drawCell(Cell cell, float x, float width, float height) throws IOException {
        if (cell.shaded()) {
            content.setNonStrokingColor(SHADE, SHADE, SHADE);
            content.addRect(x, y - height, width, height);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        }
        content.setLineWidth(LINE_WIDTH);
        content.addRect(x, y - height, width, height);
        content.stroke();
        List<String> lines = wrapper.wrap(cell.text(), FONT_SIZE, width - 2 * PAD);
        float block = lines.size() * LEADING;
        float baseline = y - (height - block) / 2 - LEADING + 3.2f;
        for (String line : lines) {
            float lineX = cell.centered() ? x + Math.max(PAD, (width - wrapper.width(line, FONT_SIZE)) / 2) : x + PAD;
            text(line, lineX, baseline, FONT_SIZE);
            baseline -= LEADING;
        }
    }

    /** A bordered paragraph across the page. */
    void paragraph(String text, float size) throws IOException {
        float leading = size * 1.55f;
        List<String> lines = wrapper.wrap(text, size, contentWidth() - 4 * PAD);
        float height = lines.size() * leading + 3 * PAD;
        ensureSpace(height);
        content.setLineWidth(LINE_WIDTH);
        content.addRect(MARGIN, y - height, contentWidth(), height);
        content.stroke();
        float baseline = y - 1.5f * PAD - size;
        for (String line : lines) {
            text(line, MARGIN + 2 * PAD, baseline, size);
            baseline -= leading;
        }
        y -= height;
    }

    /** Boxes side by side for stamps and signatures: a caption at the top, the date line at the bottom. */
    void signatureBoxes(List<String> captions, String dateLine, float height) throws IOException {
        ensureSpace(height);
        float width = contentWidth() / captions.size();
        float x = MARGIN;
        for (String caption : captions) {
            content.setLineWidth(LINE_WIDTH);
            content.addRect(x, y - height, width, height);
            content.stroke();
            text(caption, x + PAD * 2, y - PAD - FONT_SIZE - 2, FONT_SIZE);
            text(dateLine, x + width - wrapper.width(dateLine, FONT_SIZE) - PAD * 2, y - height + PAD + 4, FONT_SIZE);
            x += width;
        }
        y -= height;
    }

    private PDPageContentStream startPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        y = PDRectangle.A4.getHeight() - MARGIN;
        return new PDPageContentStream(document, page);
    }

    /** Adds "page n of m" and the reference to every page and returns the PDF bytes. */
    byte[] finish(Footer footer) throws IOException {
        content.close();
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footerStream = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = footerStream;
                String left = footer.left();
                String right = footer.pageLabel(i + 1, count);
                text(left, MARGIN, 30, 8);
                text(right, pageWidth() - MARGIN - wrapper.width(right, 8), 30, 8);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** A table cell taking {@code share} of the content width. */
    record Cell(String text, float share, boolean shaded, boolean centered) {

        static Cell label(String text, float share) {
            return new Cell(text, share, true, false);
        }

        static Cell value(String text, float share) {
            return new Cell(text, share, false, false);
        }

        static Cell heading(String text) {
            return new Cell(text, 1f, true, false);
        }

        static Cell column(String text, float share, boolean header) {
            return new Cell(text, share, header, true);
        }
    }

    /** What each page's footer says. */
    interface Footer {

        String left();

        String pageLabel(int page, int pages);
    }
}
