package com.certhall.catalog.domain;

import com.certhall.catalog.FileFormat;
import com.certhall.catalog.MaterialKind;
import java.util.Set;

/** One row of the admin's material table before validation: whether the kind is asked for at all, and its limits. */
public record MaterialDraft(MaterialKind kind, boolean accepted, boolean required, long maxBytes,
        Set<FileFormat> formats) {

    public MaterialDraft {
        formats = Set.copyOf(formats);
    }
}
