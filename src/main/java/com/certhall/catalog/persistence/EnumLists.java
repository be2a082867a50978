package com.certhall.catalog.persistence;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Comma-separated columns for small sets of enum names and numbers. */
final class EnumLists {

    private EnumLists() {
    }

    static <E extends Enum<E>> String join(Collection<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> parse(Class<E> type, String column) {
        EnumSet<E> out = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).forEach(n -> out.add(Enum.valueOf(type, n)));
        }
        return out;
    }

    static String joinNumbers(Collection<Integer> values) {
        return values.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    static SortedSet<Integer> parseNumbers(String column) {
        SortedSet<Integer> out = new TreeSet<>();
        Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf)
                .forEach(out::add);
        return out;
    }
}
