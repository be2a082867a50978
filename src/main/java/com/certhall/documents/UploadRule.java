package com.certhall.documents;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The limits one upload must meet: the largest size in bytes and the formats accepted. The catalog owns these per
 * channel and material kind ({@code 1 MB}, {@code 2 MB}; PDF/JPG/PNG/BMP/GIF); callers pass them with each upload.
 */
public record UploadRule(long maxBytes, Set<DocumentFormat> accepted) {

    public UploadRule {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes must be between 1 and 2 GB: " + maxBytes);
        }
        if (accepted.isEmpty()) {
            throw new IllegalArgumentException("an upload rule needs at least one accepted format");
        }
        accepted = Collections.unmodifiableSet(EnumSet.copyOf(accepted));
    }

    public static UploadRule of(long maxBytes, DocumentFormat... accepted) {
        return new UploadRule(maxBytes, EnumSet.copyOf(Arrays.asList(accepted)));
    }

    /** Every format the service hall knows, up to {@code maxBytes}. */
    public static UploadRule anyFormat(long maxBytes) {
        return new UploadRule(maxBytes, EnumSet.allOf(DocumentFormat.class));
    }

    public boolean accepts(DocumentFormat format) {
        return accepted.contains(format);
    }

    /** The accepted formats as a user reads them: {@code PDF、JPEG、PNG}. */
    public String acceptedNames(String separator) {
        return accepted.stream().map(Enum::name).collect(Collectors.joining(separator));
    }

    /** The limit as a user reads it: {@code 2 MB}, {@code 512 KB}, {@code 100 B}. */
    public String readableLimit() {
        if (maxBytes % (1024 * 1024) == 0) {
            return maxBytes / (1024 * 1024) + " MB";
        }
        if (maxBytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", maxBytes / (1024.0 * 1024.0));
        }
        if (maxBytes % 1024 == 0) {
            return maxBytes / 1024 + " KB";
        }
        return maxBytes + " B";
    }
}
