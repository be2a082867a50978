package com.certhall.documents;

import com.certhall.shared.InvalidInputException;
import java.util.regex.Pattern;

/**
 * Whose documents these are, as an opaque reference the owning module chooses ({@code order:<uuid>},
 * {@code payment:<uuid>}). This module never interprets it beyond its shape.
 */
public record DocumentOwner(String reference) {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{0,29}:[A-Za-z0-9._-]{1,64}");

    public DocumentOwner {
        if (reference == null || !SHAPE.matcher(reference).matches()) {
            throw InvalidInputException.of("owner", "format", "documents.validation.owner", "owner");
        }
    }

    public static DocumentOwner of(String type, Object id) {
        return new DocumentOwner(type + ":" + id);
    }

    @Override
    public String toString() {
        return reference;
    }
}
