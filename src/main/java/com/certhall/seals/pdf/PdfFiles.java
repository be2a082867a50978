package com.certhall.seals.pdf;

import com.certhall.shared.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * What a PDF must be to be signed or verified here (docs/seals.md "Signing PDFs"): at most {@link #MAX_BYTES}, a PDF
 * header in its first kilobyte (ISO 32000-2 §7.5.2 lets readers accept one there), readable without a password, with
 * a page. Each refusal names the field {@code file}.
 */
public final class PdfFiles {

    /** Under the platform's 6 MB request limit, with room for a CSC body's Base64. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private PdfFiles() {
    }

    /** Checks size and type before anything parses the bytes. */
    public static void check(byte[] pdf) {
        if (pdf.length == 0) {
            throw refused("required", "validation.seals.pdf.required");
        }
        if (pdf.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "size", "validation.seals.pdf.size", "file", MAX_BYTES / 1024 / 1024);
        }
        String head = new String(pdf, 0, Math.min(1024, pdf.length), StandardCharsets.ISO_8859_1);
        if (!head.contains("%PDF-")) {
            throw refused("type", "validation.seals.pdf.type");
        }
    }

    /** Loads a checked PDF; the caller closes it. */
    public static PDDocument load(byte[] pdf) {
        check(pdf);
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf);
        } catch (InvalidPasswordException e) {
            throw refused("encrypted", "validation.seals.pdf.encrypted");
        } catch (IOException | RuntimeException e) {
            throw refused("type", "validation.seals.pdf.type");
        }
        if (document.isEncrypted()) {
            close(document);
            throw refused("encrypted", "validation.seals.pdf.encrypted");
        }
        if (document.getNumberOfPages() == 0) {
            close(document);
            throw refused("type", "validation.seals.pdf.type");
        }
        return document;
    }

    private static InvalidInputException refused(String code, String key) {
        return InvalidInputException.of("file", code, key, "file");
    }

    private static void close(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            // nothing was written; the bytes stay with the caller
        }
    }
}
