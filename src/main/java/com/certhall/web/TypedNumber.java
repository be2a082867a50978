package com.certhall.web;

import org.jspecify.annotations.Nullable;

/**
 * A whole number as typed in a page's form: blank is none (the default applies); anything that is not a whole
 * number reads as -1, so the rule behind the page refuses it as out of range, naming the field.
 */
public final class TypedNumber {

    private TypedNumber() {
    }

    public static @Nullable Integer of(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
