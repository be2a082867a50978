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
                        + "(the longest warm-up of this run: %.1f s); database: %s; signature engine: %s.%n%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), load, System.getProperty("java.version"),
                b.results.getOrDefault("max-heap-mb", Double.NaN), String.format("%.1f", b.seconds), b.warmUpSeconds,
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
                + " CSRs per `CertificateAuthority.issueAll` call, one transaction per call, certificates/s)\n\n"
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
        targets(b, md);
        return md.toString();
    }

    private static void targets(PkiBenchmark b, StringBuilder md) {
        md.append("| target of issue 21 | measured | verdict |\n|---|---|---|\n");
        KeyAlgorithm p256 = KeyAlgorithm.EC_P256;
        KeyAlgorithm rsa = KeyAlgorithm.RSA_2048;
        row(md, "1. raw P-256 signing ≥ 5× BC, RSA-2048 ≥ 2×", "P-256 " + x(b.get(p256, "sign"), b.get(p256, "sign-bc"))
                + " (engine = " + pct(b.get(p256, "sign"), b.get(p256, "openssl-sign")) + " of `openssl speed`), RSA "
                + x(b.get(rsa, "sign"), b.get(rsa, "sign-bc")) + " (" + pct(b.get(rsa, "sign"),
                        b.get(rsa, "openssl-sign")) + " of `openssl speed`, which uses AVX-512 IFMA here)",
                b.get(p256, "sign") >= 5 * b.get(p256, "sign-bc") && b.get(rsa, "sign") >= 2 * b.get(rsa, "sign-bc"));
        row(md, "1. the same, per provider (kept `Signature` each, BC's too)", "ACCP: P-256 "
                + x(b.get(p256, "raw-sign-accp"), b.get(p256, "raw-sign-bc")) + ", RSA "
                + x(b.get(rsa, "raw-sign-accp"), b.get(rsa, "raw-sign-bc")) + "; Conscrypt: P-256 "
                + x(b.get(p256, "raw-sign-conscrypt"), b.get(p256, "raw-sign-bc")) + ", RSA "
                + x(b.get(rsa, "raw-sign-conscrypt"), b.get(rsa, "raw-sign-bc")),
                b.get(p256, "raw-sign-accp") >= 5 * b.get(p256, "raw-sign-bc")
                        && b.get(rsa, "raw-sign-accp") >= 2 * b.get(rsa, "raw-sign-bc"));
        for (String mode : new String[] {"issue", "issue-batch"}) {
            StringBuilder issued = new StringBuilder();
            boolean ratio = true;
            boolean figures = true;
            double[] floor = {2000, 5000, 1500};
            for (int i = 0; i < 3; i++) {
                KeyAlgorithm a = PkiBenchmark.ALGORITHMS.get(i);
                issued.append(a).append(' ').append(pct(b.get(a, mode), b.get(a, "limit"))).append(" (")
                        .append(f(b.get(a, mode))).append("/s) ");
                ratio &= b.get(a, mode) >= 0.7 * b.get(a, "limit");
                figures &= b.get(a, mode) >= floor[i];
            }
            String how = mode.equals("issue") ? "one CSR per call, 2 threads"
                    : PkiBenchmark.BATCH + " CSRs per call, 2 callers";
            row(md, "2. issuance ≥ 70 % of sign + verify limit (" + how + ")", issued.toString().strip(), ratio);
            row(md, "2. issuance SM2 ≥ 2,000/s, P-256 ≥ 5,000/s, RSA ≥ 1,500/s (" + how + ")",
                    issued.toString().strip(), figures);
        }
        double cached = b.get(p256, "ocsp-cached-32");
        row(md, "3. cached OCSP ≥ 60 % of nginx (same bytes, 32 connections) and ≥ 20,000/s", f(cached) + "/s, "
                + pct(cached, b.get(p256, "nginx-ocsp-32")) + " of nginx's " + f(b.get(p256, "nginx-ocsp-32")) + "/s",
                cached >= 0.6 * b.get(p256, "nginx-ocsp-32") && cached >= 20_000);
        row(md, "3. cached OCSP at 2 connections ≥ 3× `openssl ocsp`", f(b.get(p256, "ocsp-cached-2")) + "/s, "
                + x(b.get(p256, "ocsp-cached-2"), b.get(p256, "openssl-ocsp-2")) + " openssl's "
                + f(b.get(p256, "openssl-ocsp-2")) + "/s",
                b.get(p256, "openssl-ocsp-2") > 0 // not measured is not reached
                        && b.get(p256, "ocsp-cached-2") >= 3 * b.get(p256, "openssl-ocsp-2"));
        // 80 % of 2 × raw P-256 signing may exceed what HTTP carries here at all: nginx on the same nonce requests
        double p256Goal = 1.6 * b.get(p256, "sign");
        double ceiling = b.get(p256, "nginx-ocsp-nonce-32");
        String http = ceiling < p256Goal ? String.format(" — P-256's 80 %% (%s/s) is above nginx's %s/s on the same "
                + "requests, out of reach by HTTP on this machine; signed P-256 = %s of nginx", f(p256Goal),
                f(ceiling), pct(b.get(p256, "ocsp-signed-32"), ceiling)) : "";
        row(md, "3. signed OCSP ≥ 80 % of raw signing (P-256, RSA; 2 cores)", "P-256 "
                + pct(b.get(p256, "ocsp-signed-32"), 2 * b.get(p256, "sign")) + ", RSA "
                + pct(b.get(rsa, "ocsp-signed-32"), 2 * b.get(rsa, "sign")) + http,
                b.get(p256, "ocsp-signed-32") >= 1.6 * b.get(p256, "sign")
                        && b.get(rsa, "ocsp-signed-32") >= 1.6 * b.get(rsa, "sign"));
        row(md, "4. CRL of 1,000,000 entries < 10 s, heap < 512 MB", String.format("%.1f s, peak %.0f MiB",
                r(b, "crl-seconds"), r(b, "crl-peak-heap-mb")), r(b, "crl-seconds") < 10 && r(b, "crl-peak-heap-mb") < 512);
        row(md, "5. `GET /api/v1/orders/{id}` ≥ 8 % of nginx static, p99 < 100 ms", f(r(b, "api-order")) + "/s ("
                + pct(r(b, "api-order"), r(b, "nginx-static")) + " of " + f(r(b, "nginx-static")) + "/s), p99 "
                + f(r(b, "api-order-p99")) + " ms",
                r(b, "api-order") >= 0.08 * r(b, "nginx-static") && r(b, "api-order-p99") < 100);
        row(md, "5. channel and profile reads ≥ 5,000/s", "channel " + f(r(b, "api-channel")) + "/s, me "
                + f(r(b, "api-me")) + "/s", r(b, "api-channel") >= 5000 && r(b, "api-me") >= 5000);
        row(md, "6. whole platform in a 512 MB heap under the load, no error", "heap limit "
                + f(r(b, "max-heap-mb")) + " MiB, " + b.errors + " errors", r(b, "max-heap-mb") <= 512 && b.errors == 0);
    }

    private static void row(StringBuilder md, String target, String measured, boolean reached) {
        md.append("| ").append(target).append(" | ").append(measured).append(" | ")
                .append(reached ? "reached" : "**not reached**").append(" |\n");
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
