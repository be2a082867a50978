package com.certhall.shared;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The time a sandbox adapter takes to answer, as the remote party it stands for would (the {@code delay} settings
 * of docs/configuration.md). An interrupt while waiting keeps the thread's flag and fails the call the way that
 * party's adapter reports a failure.
 */
public final class SimulatedLatency {

    private SimulatedLatency() {
    }

    /** Waits {@code delay}; nothing when it is zero or negative. */
    public static void pause(Duration delay, Failure interrupted) {
        sleep(delay.toMillis(), interrupted);
    }

    /** Waits {@code delay} and, at random, up to as long again, as a network answers. */
    public static void jittered(Duration delay, Failure interrupted) {
        long millis = delay.toMillis();
        if (millis > 0) {
            sleep(millis + ThreadLocalRandom.current().nextLong(millis + 1), interrupted);
        }
    }

    private static void sleep(long millis, Failure interrupted) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted.apply(e);
        }
    }

    /** The failure the party's adapter reports for an interrupted wait. */
    @FunctionalInterface
    public interface Failure {
        RuntimeException apply(InterruptedException e);
    }
}
