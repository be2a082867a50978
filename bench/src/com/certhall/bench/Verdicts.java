package com.certhall.bench;

import static com.certhall.bench.Report.f;
import static com.certhall.bench.Report.pct;
import static com.certhall.bench.Report.x;

import com.certhall.pki.KeyAlgorithm;

/**
 * Each target of issue 21 reached or not, and for each one not reached why, from the same run's figures
 * (docs/benchmarks.md "How to read the verdicts"): a machine limit where the run's own figures show one (the CPU
 * PostgreSQL and the crypto take on the shared cores, a closed-loop caller's commit, what nginx or two signers get
 * here), and otherwise the CA's own work, said so.
 */
final class Verdicts {

    /** Issue 21's issuance figures (target 2), in {@link PkiBenchmark#ALGORITHMS}' order: SM2, P-256, RSA-2048. */
    private static final double[] FLOORS = {2000, 5000, 1500};

    private Verdicts() {
    }

    /**
     * Where the CPU went during one algorithm's batch figure: the crypto per certificate (the JVM's CPU less the
     * JIT's per operation of the limit figure: sign + CSR check), the JVM's CPU per certificate issued and the JIT's
     * compilation time within it, PostgreSQL's CPU per certificate, and the cores other processes took and left idle.
     */
    record BatchCpu(double limit, double batch, double cryptoUs, double jvmUs, double jitUs, double pgUs,
            double otherCores, double idleCores, int cores) {

        static BatchCpu of(PkiBenchmark b, KeyAlgorithm a) {
            double limit = b.get(a, "limit");
            double batch = b.get(a, "issue-batch");
            return new BatchCpu(limit, batch, 1e6 * (b.get(a, "limit-jvm-cores") - b.get(a, "limit-jit-cores")) / limit,
                    1e6 * b.get(a, "issue-batch-jvm-cores") / batch, 1e6 * b.get(a, "issue-batch-jit-cores") / batch,
                    1e6 * b.get(a, "issue-batch-pg-cores") / batch,
                    b.get(a, "issue-batch-other-cores"), b.get(a, "issue-batch-idle-cores"),
                    Runtime.getRuntime().availableProcessors());
        }

        /** The CA's own work per certificate: the JVM's CPU beside the crypto and the JIT's compilations. */
        double ownUs() {
            return jvmUs - jitUs - cryptoUs;
        }

        /** PostgreSQL's CPU per certificate, 0 when the database runs in the JVM (H2). */
        double pg() {
            return Double.isNaN(pgUs) ? 0 : pgUs;
        }

        /** Certificates/s the machine's cores allow at this run's CPU per certificate (JVM less JIT + PostgreSQL). */
        double ceiling() {
            return cores * 1e6 / (jvmUs - jitUs + pg());
        }

        /** The same with no CA work beside the crypto: the crypto and PostgreSQL alone. */
        double bareCeiling() {
            return cores * 1e6 / (cryptoUs + pg());
        }

        boolean measured() {
            return !Double.isNaN(jvmUs) && !Double.isNaN(cryptoUs);
        }
    }

    static void table(PkiBenchmark b, StringBuilder md, double load) {
        md.append("| target of issue 21 | measured | verdict | why, from this run's figures |\n|---|---|---|---|\n");
        KeyAlgorithm p256 = KeyAlgorithm.EC_P256;
        KeyAlgorithm rsa = KeyAlgorithm.RSA_2048;
        row(md, "1. raw P-256 signing ≥ 5× BC, RSA-2048 ≥ 2×", "P-256 " + x(b.get(p256, "sign"), b.get(p256, "sign-bc"))
                + " (engine = " + pct(b.get(p256, "sign"), b.get(p256, "openssl-sign")) + " of `openssl speed`), RSA "
                + x(b.get(rsa, "sign"), b.get(rsa, "sign-bc")) + " (" + pct(b.get(rsa, "sign"),
                        b.get(rsa, "openssl-sign")) + " of `openssl speed`, which uses AVX-512 IFMA here)",
                b.get(p256, "sign") >= 5 * b.get(p256, "sign-bc") && b.get(rsa, "sign") >= 2 * b.get(rsa, "sign-bc"),
                signingWhy(b, "sign", "sign-bc"));
        row(md, "1. the same, per provider (kept `Signature` each, BC's too)", "ACCP: P-256 "
                + x(b.get(p256, "raw-sign-accp"), b.get(p256, "raw-sign-bc")) + ", RSA "
                + x(b.get(rsa, "raw-sign-accp"), b.get(rsa, "raw-sign-bc")) + "; Conscrypt: P-256 "
                + x(b.get(p256, "raw-sign-conscrypt"), b.get(p256, "raw-sign-bc")) + ", RSA "
                + x(b.get(rsa, "raw-sign-conscrypt"), b.get(rsa, "raw-sign-bc")),
                b.get(p256, "raw-sign-accp") >= 5 * b.get(p256, "raw-sign-bc")
                        && b.get(rsa, "raw-sign-accp") >= 2 * b.get(rsa, "raw-sign-bc"),
                signingWhy(b, "raw-sign-accp", "raw-sign-bc"));
        for (String mode : new String[] {"issue", "issue-batch"}) {
            StringBuilder issued = new StringBuilder();
            StringBuilder ratioWhy = new StringBuilder();
            StringBuilder figuresWhy = new StringBuilder();
            boolean ratio = true;
            boolean figures = true;
            for (int i = 0; i < 3; i++) {
                KeyAlgorithm a = PkiBenchmark.ALGORITHMS.get(i);
                issued.append(a).append(' ').append(pct(b.get(a, mode), b.get(a, "limit"))).append(" (")
                        .append(f(b.get(a, mode))).append("/s) ");
                double goal = 0.7 * b.get(a, "limit");
                if (!(b.get(a, mode) >= goal)) {
                    ratio = false;
                    ratioWhy.append(mode.equals("issue") ? singleWhy(b, a, goal) : batchWhy(b, a, goal));
                }
                if (!(b.get(a, mode) >= FLOORS[i])) {
                    figures = false;
                    figuresWhy.append(mode.equals("issue") ? singleWhy(b, a, FLOORS[i]) : batchWhy(b, a, FLOORS[i]));
                }
            }
            String how = mode.equals("issue") ? "one CSR per call, 2 threads"
                    : PkiBenchmark.BATCH + " CSRs per call, 2 callers";
            row(md, "2. issuance ≥ 70 % of sign + verify limit (" + how + ")", issued.toString().strip(), ratio,
                    ratioWhy.toString());
            row(md, "2. issuance SM2 ≥ 2,000/s, P-256 ≥ 5,000/s, RSA ≥ 1,500/s (" + how + ")",
                    issued.toString().strip(), figures, figuresWhy.toString());
        }
        HttpVerdicts.ocsp(b, md);
        row(md, "4. CRL of 1,000,000 entries < 10 s, heap < 512 MB", String.format("%.1f s, peak %.0f MiB",
                r(b, "crl-seconds"), r(b, "crl-peak-heap-mb")), r(b, "crl-seconds") < 10 && r(b, "crl-peak-heap-mb") < 512,
                String.format("the streamed writer's own work: %s entries/s, peak heap %.0f MiB; no machine figure of this "
                        + "run stands against it (load %.2f at start)", f(r(b, "crl-entries") / r(b, "crl-seconds")),
                        r(b, "crl-peak-heap-mb"), load));
        HttpVerdicts.api(b, md);
    }

    /** Target 1: the engine against Bouncy Castle, and against openssl on the same core (the machine's speed). */
    private static String signingWhy(PkiBenchmark b, String engine, String bc) {
        StringBuilder why = new StringBuilder();
        for (KeyAlgorithm a : new KeyAlgorithm[] {KeyAlgorithm.EC_P256, KeyAlgorithm.RSA_2048}) {
            double goal = (a == KeyAlgorithm.EC_P256 ? 5 : 2) * b.get(a, bc);
            if (b.get(a, engine) >= goal) {
                continue;
            }
            double peer = b.get(a, "openssl-sign");
            why.append(a).append(": ").append(Double.isNaN(b.get(a, engine)) ? "not measured in this run"
                    : b.get(a, engine) >= 0.9 * peer ? String.format("the engine signs at %s of `openssl speed` on the same "
                            + "core, and openssl itself is only %s BC in this run: the ratio asks more than the peer "
                            + "gives here", pct(b.get(a, engine), peer), x(peer, b.get(a, bc)))
                    : String.format("the engine signs at %s of `openssl speed` (%s/s) on the same core: the provider's "
                            + "own path, not the machine", pct(b.get(a, engine), peer), f(peer))).append(". ");
        }
        return why.toString();
    }

    /** Target 2, one CSR per call: 2 closed-loop callers each wait for their own commit. */
    private static String singleWhy(PkiBenchmark b, KeyAlgorithm a, double goal) {
        double bound = 1 / (1 / b.get(a, "limit") + 1 / b.get(a, "commit"));
        if (Double.isNaN(bound) || Double.isNaN(b.get(a, "issue"))) {
            return a + ": not measured in this run. ";
        }
        if (bound < goal) {
            return String.format("%s: the durable bound is %s/s (%s of the limit), under the %s/s asked: each of the 2 "
                    + "closed-loop callers waits for its own commit (%s commits/s on 2 threads, no crypto), so no "
                    + "issuance code reaches it (grouped = %s of the bound). ", a, f(bound), pct(bound, b.get(a, "limit")),
                    f(goal), f(b.get(a, "commit")), pct(b.get(a, "issue"), bound));
        }
        return String.format("%s: the durable bound (%s/s) allows %s/s, the grouped figure is %s of it: the gap is "
                + "the work per call beside the crypto and the commit (the CA's own, and PostgreSQL's on the same "
                + "cores). ", a, f(bound), f(goal), pct(b.get(a, "issue"), bound));
    }

    /** Target 2, batches: the CPU per certificate against what the machine's cores give at the rate asked. */
    private static String batchWhy(PkiBenchmark b, KeyAlgorithm a, double goal) {
        BatchCpu c = BatchCpu.of(b, a);
        if (!c.measured()) {
            return a + ": CPU per certificate not measured in this run. ";
        }
        double budget = c.cores() * 1e6 / goal;
        String pg = Double.isNaN(c.pgUs()) ? "the database in the JVM (H2)" : "PostgreSQL " + us(c.pgUs());
        // the cores not spent on issuing: between the ceiling (or the goal, if lower) and the figure
        String unspent = String.format("the figure reached %s of the %s/s ceiling (the JIT took %s per certificate, "
                + "other processes %.2f cores, %.2f cores idle)", pct(c.batch(), c.ceiling()), f(c.ceiling()),
                us(c.jitUs()), c.otherCores(), c.idleCores());
        String why;
        if (c.cryptoUs() >= budget) {
            why = String.format("the crypto alone takes %s of CPU per certificate, over the %s per certificate that %d "
                    + "cores give at %s/s: the machine's limit; %s", us(c.cryptoUs()), us(budget), c.cores(), f(goal),
                    unspent);
        } else if (c.cryptoUs() + c.pg() >= budget) {
            why = String.format("out of reach while PostgreSQL shares the cores: crypto %s + %s per certificate exceed "
                    + "the %s that %d cores give each at %s/s (at most %s/s = %s of the limit with no CA work beside "
                    + "the crypto); the CA's own Java adds %s, and %s", us(c.cryptoUs()), pg, us(budget), c.cores(),
                    f(goal), f(c.bareCeiling()), pct(c.bareCeiling(), c.limit()), us(c.ownUs()), unspent);
        } else if (c.cryptoUs() + c.ownUs() + c.pg() > budget) {
            double top = Math.max(c.ceiling(), c.batch()); // a figure a little above its ceiling: counting's noise
            why = String.format("of the gap of %s/s, %s/s is the CA's own work: crypto %s + %s leave %s of the %s "
                    + "per certificate that %d cores give at %s/s, and the CA's own Java work took %s (%s over); "
                    + "%s/s is the cores not spent on issuing: %s", f(goal - c.batch()), f(goal - top),
                    us(c.cryptoUs()), pg, us(budget - c.cryptoUs() - c.pg()), us(budget), c.cores(), f(goal),
                    us(c.ownUs()), us(c.cryptoUs() + c.ownUs() + c.pg() - budget), f(top - c.batch()),
                    unspent);
        } else {
            why = String.format("not the CPU per certificate: the cores allow it at crypto %s, CA's own %s, %s; the "
                    + "whole gap is the cores not spent on issuing: %s", us(c.cryptoUs()), us(c.ownUs()), pg, unspent);
        }
        return a + ": " + why + ". ";
    }

    static void row(StringBuilder md, String target, String measured, boolean reached, String why) {
        md.append("| ").append(target).append(" | ").append(measured).append(" | ")
                .append(reached ? "reached" : "**not reached**").append(" | ").append(reached ? "" : why.strip())
                .append(" |\n");
    }

    static double r(PkiBenchmark b, String key) {
        return b.results.getOrDefault(key, Double.NaN);
    }

    static String us(double micros) {
        return Double.isNaN(micros) ? "– µs" : String.format("%,.0f µs", micros);
    }
}
