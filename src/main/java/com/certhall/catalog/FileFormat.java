package com.certhall.catalog;

import java.util.Locale;
import java.util.Optional;

/** Upload formats a channel may accept; JPG and JPEG are the same bytes under two names (SZCA writes "JEPG"). */
public enum FileFormat {
    PDF("application/pdf"), JPG("image/jpeg"), JPEG("image/jpeg"), PNG("image/png"), BMP("image/bmp"),
    GIF("image/gif");

    private final String mediaType;

    FileFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format named by a file extension or format name ({@code .jpg}, {@code PNG}), if any. */
    public static Optional<FileFormat> fromName(String name) {
        String cleaned = name.trim().toUpperCase(Locale.ROOT);
        cleaned = cleaned.startsWith(".") ? cleaned.substring(1) : cleaned;
        try {
            return Optional.of(valueOf(cleaned));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether bytes sniffed as {@code detected} satisfy this accepted format. */
    public boolean matches(FileFormat detected) {
        return mediaType.equals(detected.mediaType);
    }
}
