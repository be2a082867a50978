package com.certhall.documents;

import org.jspecify.annotations.Nullable;

/** Normalises the free text that goes onto printed forms. */
final class FormText {

    private FormText() {
    }

    static String clean(@Nullable String value) {
        return value == null ? "" : value.replaceAll("[\\p{Cntrl}&&[^\\n]]", " ").strip();
    }

    static String required(@Nullable String value, String name) {
        String cleaned = clean(value);
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException(name + " is required on a printed form");
        }
        return cleaned;
    }
}
