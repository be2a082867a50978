package com.certhall.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock of the integration contexts: the system clock until a test moves it ({@link #advance}) or stops it
 * ({@link #freeze}, {@link #setTo}). {@link TestClockReset} puts it back to the system clock after every test
 * method, so a context shared by many test classes never carries one test's hours into the next (a certificate issued
 * "two hours from now" would not yet be valid for {@code openssl}). Views from {@link #withZone} share its state.
 */
public final class TestClock extends Clock {

    /** Frozen instant, or null while the clock follows the system clock shifted by {@code offset}. */
    private record State(Instant fixed, Duration offset) {
    }

    private static final State SYSTEM = new State(null, Duration.ZERO);

    private final AtomicReference<State> state;
    private final ZoneId zone;

    public TestClock() {
        this(new AtomicReference<>(SYSTEM), ZoneId.systemDefault());
    }

    private TestClock(AtomicReference<State> state, ZoneId zone) {
        this.state = state;
        this.zone = zone;
    }

    /** Moves the clock forward (or back, with a negative duration), frozen or not. */
    public void advance(Duration by) {
        state.updateAndGet(s -> s.fixed() != null ? new State(s.fixed().plus(by), s.offset())
                : new State(null, s.offset().plus(by)));
    }

    /**
     * Stops the clock at the current instant, whole seconds, so a test can compare what the application stored
     * with {@code clock.instant()} (databases keep fewer fractional digits than {@link Instant}).
     */
    public void freeze() {
        setTo(instant().truncatedTo(ChronoUnit.SECONDS));
    }

    /** Stops the clock at {@code instant}. */
    public void setTo(Instant instant) {
        state.set(new State(instant, Duration.ZERO));
    }

    /** Back to the system clock. */
    public void reset() {
        state.set(SYSTEM);
    }

    @Override
    public Instant instant() {
        State s = state.get();
        return s.fixed() != null ? s.fixed() : Instant.now().plus(s.offset());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new TestClock(state, zone);
    }
}
