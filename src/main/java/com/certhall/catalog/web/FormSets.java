package com.certhall.catalog.web;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Checkbox and multi-select values as the admin forms bind them. */
final class FormSets {

    private FormSets() {
    }

    /** The bound values without the null an empty checkbox or select value binds to. */
    static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
