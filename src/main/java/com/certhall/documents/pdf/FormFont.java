package com.certhall.documents.pdf;

import com.certhall.shared.BundledFont;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The bundled font ({@link BundledFont}) of the forms: read once; embedded as a subset into each document (only the
 * glyphs used).
 */
@Component
class FormFont {

    private final byte[] ttf;

    FormFont() {
        this.ttf = BundledFont.bytes();
    }

    PDType0Font embedInto(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(ttf), true);
    }
}
