package com.certhall.bench;

import com.certhall.pki.KeyAlgorithm;
import java.time.LocalDate;

/** The markdown of one run: figures, ratios measured side by side, and each target of issue 21 reached or not. */
final class Report {

    private Report() {
    }

    static String markdown(PkiBenchmark b, double load, String pgUrl) {
        StringBuilder md = new StringBuilder();
        md.append(String.format("Run on %s, %d CPUs, load average %.2f at start, Java %s, heap limit %.0f MiB, "
                        + "%s s per figure after a warm-up of a third of that, longer while the JIT was compiling "
                        + "(the longest warm-up of this run: %.1f s), the batch path and the limit of every algorithm "
                        + "run first in %d round(s) until the JIT was quiet; database: %s; signature engine: %s.%n%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), load, System.getProperty("java.version"),
                b.results.getOrDefault("max-heap-mb", Double.NaN), String.format("%.1f", b.seconds), b.warmUpSeconds,
                b.warmRounds,
                pgUrl.equals("-") ? "H2 file database (no PostgreSQL found)" : "PostgreSQL " + pgUrl,
                b.notes.getOrDefault("engine", "?")));
        b.notes.forEach((k, v) -> {
            if (!k.equals("engine")) {
                md.append("Note (").append(k).append("): ").append(v).append("\n\n");
            }
        });
        md.append("**Crypto, one thread** (signing 600 bytes; BC = Bouncy Castle through JcaContentSignerBuilder, "
                + "the path before issue 21; engine = the CA key through `CaSigner`)\n\n"
                + "| algorithm | openssl sign/s | BC sign/s | engine sign/s | engine ÷ BC | openssl verify/s | "
                + "BC verify/s | engine verify/s | engine ÷ BC |\n|---|---|---|---|---|---|---|---|---|\n");
        for (KeyAlgorithm a : PkiBenchmark.ALGORITHMS) {
            md.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", a, f(b.get(a, "openssl-sign")),
                    f(b.get(a, "sign-bc")), f(b.get(a, "sign")), x(b.get(a, "sign"), b.get(a, "sign-bc")),
                    f(b.get(a, "openssl-verify")), f(b.get(a, "verify-bc")), f(b.get(a, "verify")),
                    x(b.get(a, "verify"), b.get(a, "verify-bc"))));
        }
        md.append(RawCrypto.markdown(b));
        md.append("\n**Issuance from CSRs** (limit = sign + CSR check (parse and verify) on 2 threads, no database; "
                + "one transaction each = every issuance in its own transaction, as before the group commit; grouped = "
                + "`CertificateAuthority.issue` outside a transaction, concurrent issuances sharing a commit; "
                + "commits = one small row inserted and committed per call on 2 threads, no crypto, measured just before; "
                + "durable bound = 1 / (1/limit + 1/commits), what 2 closed-loop callers that each wait for their "
                + "commit can reach at most; batches = 2 callers each submitting " + PkiBenchmark.BATCH
                + " CSRs per `CertificateAuthority.issueAll` call, one transaction per call, certificates/s, the audit "
                + "chain's links of its certificates included; limit and batches side by side in alternating slices)\n\n"
                + "| algorithm | limit/s | commits/s | durable bound/s | one transaction each, 2 threads | "
                + "grouped, 2 threads | grouped ÷ limit | grouped ÷ bound | grouped, 8 threads | batches, 2 callers | "
                + "batches ÷ limit |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (KeyAlgorithm a : PkiBenchmark.ALGORITHMS) {
            double bound = 1 / (1 / b.get(a, "limit") + 1 / b.get(a, "commit"));
            md.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", a,
                    f(b.get(a, "limit")), f(b.get(a, "commit")), f(bound), f(b.get(a, "issue-single")),
                    f(b.get(a, "issue")), pct(b.get(a, "issue"), b.get(a, "limit")), pct(b.get(a, "issue"), bound),
                    f(b.get(a, "issue-8")), f(b.get(a, "issue-batch")), pct(b.get(a, "issue-batch"),
                            b.get(a, "limit"))));
        }
        batchCpu(b, md);
        md.append("\n**OCSP** over HTTP/1.1 keep-alive; cached = no nonce (RFC 5019), signed = a fresh 16-octet nonce "
                + "per request; ratio to 2 × the one-thread engine signing rate (two cores), and to the engine's "
                + "signing rate measured on 2 threads (what the two cores gave two signers in this run, no HTTP)\n\n"
                + "| algorithm | cached/s 2 conn | 32 conn | signed/s 2 conn | 32 conn | signed (32) ÷ 2 × raw sign "
                + "| raw sign, 2 threads/s | signed (32) ÷ 2-thread sign |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        for (KeyAlgorithm a : PkiBenchmark.ALGORITHMS) {
            md.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s |%n", a, f(b.get(a, "ocsp-cached-2")),
                    f(b.get(a, "ocsp-cached-32")), f(b.get(a, "ocsp-signed-2")), f(b.get(a, "ocsp-signed-32")),
                    pct(b.get(a, "ocsp-signed-32"), 2 * b.get(a, "sign")), f(b.get(a, "sign-2t")),
                    pct(b.get(a, "ocsp-signed-32"), b.get(a, "sign-2t"))));
        }
        KeyAlgorithm p = KeyAlgorithm.EC_P256;
        md.append(String.format("%n**References in the same run.** nginx (one worker) serving the very %s-byte P-256 "
                + "OCSP response CertHall answered to the same POSTs: %s/s at 2 connections, %s/s at 32. `openssl ocsp "
                + "-multi 2` (signs every answer, P-256) at 2 connections: %s/s. CertHall's cached P-256 answer: %s of "
                + "nginx at 32 connections, %s `openssl ocsp`'s rate at 2 connections.%n", f(r(b, "ocsp-bytes")),
                f(b.get(p, "nginx-ocsp-2")), f(b.get(p, "nginx-ocsp-32")), f(b.get(p, "openssl-ocsp-2")),
                pct(b.get(p, "ocsp-cached-32"), b.get(p, "nginx-ocsp-32")),
                x(b.get(p, "ocsp-cached-2"), b.get(p, "openssl-ocsp-2"))));
        md.append(String.format("%nnginx serving those bytes to the signed figures' requests (wrk's script writing a "
                + "fresh nonce into each, as for CertHall), 32 connections: %s/s — the HTTP ceiling of the signed "
                + "figures on this machine; CertHall's signed P-256 answers: %s of it.%n",
                f(b.get(p, "nginx-ocsp-nonce-32")), pct(b.get(p, "ocsp-signed-32"), b.get(p, "nginx-ocsp-nonce-32"))));
        md.append(String.format("%nThe cached P-256 answer as `GET /pki/ocsp/{base64}` (the lean path of the POST, with "
                + "the RFC 5019 headers), 32 connections: %s/s, against %s/s by `POST`.%n",
                f(b.get(p, "ocsp-cached-get-32")), f(b.get(p, "ocsp-cached-32"))));
        md.append("\n**Applicant API, 100 connections** (bearer token where the call needs one; nginx serves a static "
                + "file of the order JSON's size, " + f(r(b, "order-bytes")) + " bytes, to the same GETs)\n\n"
                + "| request | /s | p50 ms | p99 ms |\n|---|---|---|---|\n");
        for (String[] row : new String[][] {{"api-order", "GET /api/v1/orders/{id}"},
                {"api-channel", "GET /api/v1/channels/{code}"}, {"api-me", "GET /api/v1/me"},
                {"api-channels", "GET /api/v1/channels"}, {"nginx-static", "nginx: GET /order.json (static)"}}) {
            md.append(String.format("| `%s` | %s | %.1f | %.1f |%n", row[1], f(r(b, row[0])), r(b, row[0] + "-p50"),
                    r(b, row[0] + "-p99")));
        }
        md.append(String.format("%n**CRL**: %s entries written in %.1f s, %.0f MB, peak heap %.0f MiB (JVM limit %.0f MiB)."
                        + "%n%nHTTP errors (non-200 or broken connections) in the whole run: %d.%n%n",
                f(r(b, "crl-entries")), r(b, "crl-seconds"), r(b, "crl-mb"), r(b, "crl-peak-heap-mb"),
                r(b, "max-heap-mb"), b.errors));
        Verdicts.table(b, md, load);
        return md.toString();
    }

    /** Where the CPU went during each batch figure, and the ceiling the machine's cores allow at that cost. */
    private static void batchCpu(PkiBenchmark b, StringBuilder md) {
        md.append("\n**CPU of the batch figure** (read from `/proc` and the JVM over its timed slices; µs of CPU per "
                + "certificate: crypto = the JVM's CPU less the JIT's per operation of the limit figure, JVM = the "
                + "benchmark JVM's CPU per certificate issued, JIT = its compilation time within the JVM's, CA's own = "
                + "JVM − JIT − crypto, PostgreSQL = the cluster's processes; ceiling = cores ÷ (JVM − JIT + "
                + "PostgreSQL), what the machine's " + Runtime.getRuntime().availableProcessors()
                + " cores allow at that cost; others = cores other processes took meanwhile, idle = cores left idle)\n\n"
                + "| algorithm | crypto µs | JVM µs | JIT µs | CA's own µs | PostgreSQL µs | ceiling/s | ceiling ÷ limit | "
                + "batches ÷ limit | batches ÷ ceiling | others, cores | idle, cores |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (KeyAlgorithm a : PkiBenchmark.ALGORITHMS) {
            Verdicts.BatchCpu c = Verdicts.BatchCpu.of(b, a);
            md.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %.2f | %.2f |%n", a,
                    f(c.cryptoUs()), f(c.jvmUs()), f(c.jitUs()), f(c.ownUs()), f(c.pgUs()), f(c.ceiling()),
                    pct(c.ceiling(), c.limit()), pct(c.batch(), c.limit()), pct(c.batch(), c.ceiling()),
                    c.otherCores(), c.idleCores()));
        }
    }

    private static double r(PkiBenchmark b, String key) {
        return b.results.getOrDefault(key, Double.NaN);
    }

    static String f(double v) {
        return Double.isNaN(v) ? "–" : String.format("%,.0f", v);
    }

    static String x(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "–" : String.format("%.1f×", a / b);
    }

    static String pct(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "–" : String.format("%.0f %%", 100 * a / b);
    }
}
