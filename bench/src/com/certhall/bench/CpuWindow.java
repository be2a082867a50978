package com.certhall.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went during one timed figure (its window, or the sum of its slices; docs/benchmarks.md
 * "How to read the verdicts"): the benchmark JVM's own process CPU time (and the JIT's within it: its compiler
 * threads' CPU time), PostgreSQL's (the cluster's postmaster, named by {@code -Dcerthall.bench.pg-pid}, its live
 * children, and the children it reaped during the window), and the machine's busy time from {@code /proc/stat};
 * what is left of the busy time is other processes' (and the host's steal).
 * Each is stored in cores (CPU seconds per second of the window) as {@code <algorithm>/<figure>-<part>-cores}.
 */
final class CpuWindow {

    private static final double TICKS_PER_SECOND = ticksPerSecond();
    private static final long PG_PID = Long.getLong("certhall.bench.pg-pid", -1);

    private long startNanos;
    private long jvmStart;
    private long jitStart;
    private double pgStart;
    private long[] machineStart;
    private double wall;
    private double jvm;
    private double jit;
    private double pg;
    private double busy;
    private double idle;

    /** Called when the figure's counting starts. */
    void start() {
        startNanos = System.nanoTime();
        jvmStart = jvmCpuNanos();
        jitStart = jitMillis();
        pgStart = pgCpuSeconds();
        machineStart = machine();
    }

    /** Called when the figure's counting stops; a figure counted in slices adds each slice's CPU. */
    void stop() {
        wall += (System.nanoTime() - startNanos) / 1e9;
        jvm += (jvmCpuNanos() - jvmStart) / 1e9;
        jit += (jitMillis() - jitStart) / 1e3;
        pg += pgCpuSeconds() - pgStart;
        long[] end = machine();
        busy += (end[0] - machineStart[0]) / TICKS_PER_SECOND;
        idle += (end[1] - machineStart[1]) / TICKS_PER_SECOND;
    }

    /** Stores the cores each part used during the window (PostgreSQL's NaN without a cluster). */
    void store(PkiBenchmark b, String key) {
        b.results.put(key + "-jvm-cores", jvm / wall);
        b.results.put(key + "-jit-cores", jit / wall);
        b.results.put(key + "-pg-cores", pg / wall);
        b.results.put(key + "-other-cores", Math.max(0, busy - jvm - (Double.isNaN(pg) ? 0 : pg)) / wall);
        b.results.put(key + "-idle-cores", idle / wall);
        System.out.printf("          (CPU: JVM %.2f (JIT %.2f), PostgreSQL %.2f, others %.2f, idle %.2f cores)%n",
                jvm / wall, jit / wall, pg / wall, b.results.get(key + "-other-cores"), idle / wall);
    }

    /**
     * The JIT's CPU time so far, in ms: utime + stime of this JVM's compiler threads (named "C1 CompilerThread…" and
     * "C2 CompilerThread…", in {@code /proc/self/task}). {@code CompilationMXBean}'s total compilation time is the
     * wall time of the compilations instead, which grows with every thread that waits for a core (a busy machine
     * made it count 0.6 cores of "compilation" while the compiler threads had far less); it is the fallback when
     * {@code /proc} cannot be read.
     */
    static long jitMillis() {
        long ticks = 0;
        boolean found = false;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String line = Files.readString(task.resolve("stat"));
                    String name = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        String[] f = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                        found = true;
                    }
                } catch (IOException | RuntimeException gone) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            found = false;
        }
        return found ? Math.round(ticks * 1000 / TICKS_PER_SECOND)
                : ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** busy and idle (idle + iowait) ticks of all CPUs, from the first line of /proc/stat. */
    private static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) { // user nice system idle iowait irq softirq steal
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, idle};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /**
     * utime + stime of the postmaster and its live children, plus the postmaster's cutime + cstime (the children it
     * reaped: a backend that ended during the window); NaN without a PostgreSQL cluster.
     */
    private static double pgCpuSeconds() {
        if (PG_PID <= 0) {
            return Double.NaN;
        }
        long[] master = stat(PG_PID);
        if (master == null) {
            return Double.NaN;
        }
        long ticks = master[1] + master[2] + master[3];
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                long[] s = stat(Long.parseLong(p.getFileName().toString()));
                if (s != null && s[0] == PG_PID) {
                    ticks += s[1];
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** ppid, utime + stime, cutime, cstime of a process (null when it is gone). */
    private static long[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // after the command name in parentheses: state ppid ... utime(14) stime(15) cutime(16) cstime(17)
            List<String> f = List.of(line.substring(line.lastIndexOf(')') + 2).trim().split(" "));
            return new long[] {Long.parseLong(f.get(1)), Long.parseLong(f.get(11)) + Long.parseLong(f.get(12)),
                    Long.parseLong(f.get(13)), Long.parseLong(f.get(14))};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static double ticksPerSecond() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            return Double.parseDouble(new String(p.getInputStream().readAllBytes()).trim());
        } catch (IOException | RuntimeException e) {
            return 100; // USER_HZ on Linux
        }
    }
}
