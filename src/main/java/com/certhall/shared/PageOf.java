package com.certhall.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list for staff desks and their APIs: the items, the page number (from 0), the page size and
 * how many there are in all. Pages never load the whole list.
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public PageOf {
        items = List.copyOf(items);
        if (page < 0 || size < 1 || total < 0) {
            throw new IllegalArgumentException("page " + page + ", size " + size + ", total " + total);
        }
    }

    /** A requested page number as a desk takes it: missing or negative is the first page. */
    public static int number(Integer requested) {
        return requested == null || requested < 0 ? 0 : requested;
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public <R> PageOf<R> map(Function<? super T, ? extends R> f) {
        return new PageOf<>(items.stream().<R>map(f).toList(), page, size, total);
    }
}
