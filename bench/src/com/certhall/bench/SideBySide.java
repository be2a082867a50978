package com.certhall.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Two figures whose ratio is the point (issuance in batches ÷ the crypto-only limit; the engine's signing ÷ Bouncy
 * Castle's) measured in alternating slices, A B B A, each counted over half the figure's time: the host's speed
 * drifts by a fifth and more within a minute, and two figures measured one after the other compared two different
 * machines (docs/benchmarks.md "Issuance from CSRs"). Each figure has its own threads; only one figure's threads run
 * at a time. Before its first slice each figure warms up as {@link PkiBenchmark#measure} does.
 * A slice's window opens with nothing in flight; operations that start in it count; it closes once they have
 * finished and the work they left behind is done ({@code settled}: the audit chainer has linked their entries). Its
 * time and CPU include that tail: a figure that defers work (the chainer runs after the commit) pays for it in its
 * own window, not in the other figure's. A window opens only while no autovacuum worker runs ({@code quiet}):
 * PostgreSQL's maintenance, which starts once a minute and runs for seconds, would otherwise land in whichever window
 * it meets, the crypto-only limit's included.
 */
final class SideBySide {

    /** Slices per figure: A B, B A. */
    static final int ROUNDS = 2;
    /** The longest a slice waits for its figure's deferred work (or for quiet) before it goes on anyway. */
    static final double MAX_SETTLE_S = 10;

    /** The longest an idle figure's thread sleeps before it looks at the phase again (it is woken when it starts). */
    private static final long IDLE_NANOS = 50_000_000;
    private static final int NONE = -1;
    private static final int STOP = -2;

    private SideBySide() {
    }

    /**
     * Operations per second of {@code first} and {@code second}, each on {@code threads} threads; a figure's
     * {@code settled} (null: nothing deferred) says when the work its operations left behind is done, and
     * {@code quiet} (null: always) when a window may open (no autovacuum worker running).
     */
    static double[] measure(PkiBenchmark b, int threads, BooleanSupplier quiet, PkiBenchmark.Action first,
            CpuWindow firstCpu, BooleanSupplier firstSettled, PkiBenchmark.Action second, CpuWindow secondCpu,
            BooleanSupplier secondSettled) throws Exception {
        PkiBenchmark.Action[] actions = {first, second};
        CpuWindow[] cpus = {firstCpu, secondCpu};
        BooleanSupplier[] settled = {firstSettled, secondSettled};
        AtomicInteger phase = new AtomicInteger(NONE);
        AtomicInteger[] busy = {new AtomicInteger(), new AtomicInteger()};
        AtomicLong[] counted = {new AtomicLong(), new AtomicLong()};
        AtomicBoolean[] counting = {new AtomicBoolean(), new AtomicBoolean()};
        List<Exception> failures = new CopyOnWriteArrayList<>();
        List<List<Thread>> workers = List.of(new ArrayList<>(), new ArrayList<>());
        for (int f = 0; f < 2; f++) {
            int figure = f;
            for (int t = 0; t < threads; t++) {
                Thread worker = new Thread(() -> {
                    try {
                        for (int p = phase.get(); p != STOP; p = phase.get()) {
                            // busy first, then the phase: the controller that ended the phase and then sees no
                            // busy thread knows none of them will start an operation of it
                            busy[figure].incrementAndGet();
                            try {
                                if (phase.get() == figure) {
                                    boolean inWindow = counting[figure].get();
                                    actions[figure].run();
                                    if (inWindow) {
                                        counted[figure].incrementAndGet();
                                    }
                                    continue;
                                }
                            } finally {
                                busy[figure].decrementAndGet();
                            }
                            LockSupport.parkNanos(IDLE_NANOS);
                        }
                    } catch (Exception e) {
                        failures.add(e);
                        phase.set(STOP);
                    }
                }, "side-by-side-" + figure + "-" + t);
                workers.get(f).add(worker);
                worker.start();
            }
        }
        double[] windows = new double[2];
        try {
            for (int f = 0; f < 2; f++) {
                start(phase, f, workers.get(f));
                b.warmUp(() -> phase.get() == STOP);
                pause(phase, busy[f]);
                settle(settled[f]);
            }
            double slice = b.seconds / ROUNDS;
            for (int round = 0; round < ROUNDS && failures.isEmpty(); round++) {
                for (int k = 0; k < 2 && failures.isEmpty(); k++) {
                    int f = round % 2 == 0 ? k : 1 - k;
                    settle(quiet);
                    cpus[f].start();
                    long opened = System.nanoTime();
                    counting[f].set(true);
                    start(phase, f, workers.get(f));
                    Thread.sleep((long) (slice * 1000));
                    counting[f].set(false);
                    pause(phase, busy[f]);
                    settle(settled[f]);
                    windows[f] += (System.nanoTime() - opened) / 1e9;
                    cpus[f].stop();
                }
            }
        } finally {
            for (List<Thread> figure : workers) {
                start(phase, STOP, figure);
            }
            for (List<Thread> figure : workers) {
                for (Thread worker : figure) {
                    worker.join();
                }
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return new double[] {counted[0].get() / windows[0], counted[1].get() / windows[1]};
    }

    /** Starts a figure's phase (or STOP) and wakes its threads. */
    private static void start(AtomicInteger phase, int f, List<Thread> threads) {
        phase.set(f);
        threads.forEach(LockSupport::unpark);
    }

    /** Waits (at most {@link #MAX_SETTLE_S}) until {@code settled} says so. */
    private static void settle(BooleanSupplier settled) throws InterruptedException {
        long until = System.nanoTime() + (long) (MAX_SETTLE_S * 1e9);
        while (settled != null && !settled.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
    }

    /** Ends the running figure's phase and waits until its threads' operations in flight have finished. */
    private static void pause(AtomicInteger phase, AtomicInteger busy) throws InterruptedException {
        int running = phase.get();
        if (running != STOP) {
            phase.compareAndSet(running, NONE); // a failing thread's STOP stays
        }
        while (busy.get() > 0) {
            Thread.sleep(1);
        }
    }
}
