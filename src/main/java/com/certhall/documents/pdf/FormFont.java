package com.certhall.documents.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Noto Sans SC Regular (SIL OFL 1.1, {@code fonts/OFL.txt}), shipped in the jar so forms render the same on any
 * machine without a font package. Read once; embedded as a subset into each document (only the glyphs used).
 */
@Component
class FormFont {

    static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";

    private final byte[] ttf;

    FormFont() {
        try (InputStream in = FormFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font " + RESOURCE + " is missing from the classpath");
            }
            this.ttf = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    PDType0Font embedInto(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(ttf), true);
    }
}
