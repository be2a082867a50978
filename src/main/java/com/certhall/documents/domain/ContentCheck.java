package com.certhall.documents.domain;

import com.certhall.documents.DocumentFormat;
import com.certhall.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Proves that an upload is what its magic bytes claim (docs/security.md "Bad input"): an image is decoded to its
 * last byte, after its header's dimensions were checked against a pixel cap, so a PNG header followed by noise, a
 * truncated JPEG or a PNG declaring 65,535 × 65,535 pixels is refused before anything is stored or rendered; a PDF
 * must open with PDFBox, without a password, and have at least one page.
 */
final class ContentCheck {

    /** The most pixels an uploaded image may have: a 50-megapixel phone camera's photo still fits. */
    static final long MAX_PIXELS = 50_000_000L;
    /** Images are decoded subsampled to about this many pixels, so the check's memory stays small. */
    private static final long DECODED_PIXELS = 2_000_000L;

    private ContentCheck() {
    }

    static void verify(DocumentFormat format, byte[] bytes) {
        if (format == DocumentFormat.PDF) {
            pdf(bytes);
        } else {
            image(format, bytes);
        }
    }

    private static void pdf(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() < 1) {
                throw InvalidInputException.of("file", "noPage", "documents.validation.noPage", "file");
            }
        } catch (InvalidPasswordException e) {
            throw InvalidInputException.of("file", "encrypted", "documents.validation.encrypted", "file");
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refused) {
                throw refused;
            }
            throw damaged(DocumentFormat.PDF);
        }
    }

    private static void image(DocumentFormat format, byte[] bytes) {
        ImageReader reader = null;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw damaged(format);
            }
            reader = readers.next();
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw damaged(format);
            }
            if (width * height > MAX_PIXELS) {
                throw InvalidInputException.of("file", "pixels", "documents.validation.pixels", "file", width,
                        height, MAX_PIXELS / 1_000_000);
            }
            List<String> warnings = new ArrayList<>();
            // a truncated JPEG decodes with a warning ("premature end of JPEG file"), not an exception
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / DECODED_PIXELS)));
            param.setSourceSubsampling(step, step, 0, 0);
            reader.read(0, param);
            if (!warnings.isEmpty()) {
                throw damaged(format);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refused) {
                throw refused;
            }
            throw damaged(format);
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    private static InvalidInputException damaged(DocumentFormat format) {
        return InvalidInputException.of("file", "damaged", "documents.validation.damaged", "file", format.name());
    }
}
