package com.certhall.documents;

import com.certhall.shared.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types the service hall accepts, recognised by their leading bytes (never by the file name): PDF
 * {@code %PDF-}, JPEG {@code FF D8 FF}, PNG's eight-byte signature, BMP {@code BM} and GIF87a/GIF89a.
 */
public enum DocumentFormat {
    PDF("application/pdf", List.of("pdf")),
    JPEG("image/jpeg", List.of("jpg", "jpeg", "jpe")),
    PNG("image/png", List.of("png")),
    BMP("image/bmp", List.of("bmp", "dib")),
    GIF("image/gif", List.of("gif"));

    private final String contentType;
    private final List<String> extensions;

    DocumentFormat(String contentType, List<String> extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /** File name extensions (lower case, no dot) that claim this format. */
    public List<String> extensions() {
        return extensions;
    }

    public boolean isImage() {
        return this != PDF;
    }

    /**
     * Parses a format as channel settings write it: the enum name, an extension ({@code jpg}, {@code .png}) or a
     * content type ({@code image/jpeg}), in any case.
     */
    public static DocumentFormat parse(String field, String raw) {
        String value = raw.trim().toLowerCase(Locale.ROOT);
        String bare = value.startsWith(".") ? value.substring(1) : value;
        return Arrays.stream(values())
                .filter(f -> f.name().equalsIgnoreCase(bare) || f.extensions.contains(bare)
                        || f.contentType.equals(bare))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of(field, "format", "documents.validation.format", field,
                        raw));
    }

    /** The format whose extension the file name carries, if it names one of ours. */
    public static Optional<DocumentFormat> claimedBy(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }
}
