package com.certhall.documents.domain;

import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentTooLargeException;
import com.certhall.documents.UnsupportedDocumentTypeException;
import com.certhall.documents.UploadRule;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reads an upload no further than one byte past its limit and checks what it really is: the format by its magic
 * bytes, then the content by decoding it ({@link ContentCheck}).
 */
final class UploadInspector {

    private UploadInspector() {
    }

    /** The accepted upload's bytes, real format and SHA-256; throws before anything is stored. */
    static Inspected inspect(InputStream in, String originalName, UploadRule rule) {
        byte[] bytes = readAtMost(in, rule);
        if (bytes.length == 0) {
            throw InvalidInputException.of("file", "empty", "documents.validation.empty", "file");
        }
        DocumentFormat format = FormatSniffer.sniff(bytes)
                .orElseThrow(() -> UnsupportedDocumentTypeException.unknown(rule));
        if (!rule.accepts(format)) {
            throw UnsupportedDocumentTypeException.notAccepted(format, rule);
        }
        Optional<DocumentFormat> claimed = DocumentFormat.claimedBy(originalName);
        if (claimed.isPresent() && claimed.get() != format) {
            String extension = originalName.substring(originalName.lastIndexOf('.') + 1);
            throw UnsupportedDocumentTypeException.disguised(format, extension, rule);
        }
        ContentCheck.verify(format, bytes);
        return new Inspected(format, bytes, sha256(bytes));
    }

    private static byte[] readAtMost(InputStream in, UploadRule rule) {
        try {
            // limit + 1 bytes tell "exactly at the limit" from "over it" without reading the rest of the stream
            byte[] bytes = in.readNBytes((int) rule.maxBytes() + 1);
            if (bytes.length > rule.maxBytes()) {
                throw new DocumentTooLargeException(rule);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload failed", e);
        }
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    record Inspected(DocumentFormat format, byte[] bytes, String sha256) {
    }
}
