package com.certhall.support;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Every combination of two lists of values as the arguments of a {@code @ParameterizedTest}, first list outermost:
 * the state machine tests try every state with every action, or every pair of states.
 */
public final class Combinations {

    private Combinations() {
    }

    public static Stream<Arguments> pairs(Object[] firsts, Object[] seconds) {
        return pairs(firsts, Arrays.asList(seconds));
    }

    public static Stream<Arguments> pairs(Object[] firsts, Collection<?> seconds) {
        return Arrays.stream(firsts).flatMap(a -> seconds.stream().map(b -> Arguments.of(a, b)));
    }
}
