package com.certhall.catalog;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One kind of material a channel asks for: whether it is required, the size limit in bytes (1 MB or 2 MB in the
 * demo channels) and the accepted formats.
 */
public record MaterialRequirement(MaterialKind kind, boolean required, long maxBytes, Set<FileFormat> formats) {

    public static final long ONE_MB = 1024L * 1024;
    public static final long TWO_MB = 2 * ONE_MB;

    public MaterialRequirement {
        Objects.requireNonNull(kind, "kind");
        if (maxBytes <= 0 || maxBytes > TWO_MB) {
            throw new IllegalArgumentException("maxBytes must be within 1..2 MB: " + maxBytes);
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("a material needs at least one accepted format");
        }
        formats = Set.copyOf(EnumSet.copyOf(formats));
    }

    /** The limit in whole megabytes, for messages. */
    public long maxMegabytes() {
        return Math.max(1, maxBytes / ONE_MB);
    }

    /** The accepted formats as media types ({@code image/jpeg} once for JPG and JPEG), to match sniffed bytes. */
    public Set<String> mediaTypes() {
        return formats.stream().map(FileFormat::mediaType).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Accepted formats in declaration order, for display and for the HTTP contract. */
    public Set<FileFormat> orderedFormats() {
        return EnumSet.copyOf(formats);
    }
}
