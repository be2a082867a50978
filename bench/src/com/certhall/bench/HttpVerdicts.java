package com.certhall.bench;

import static com.certhall.bench.Report.f;
import static com.certhall.bench.Report.pct;
import static com.certhall.bench.Report.x;
import static com.certhall.bench.Verdicts.r;
import static com.certhall.bench.Verdicts.row;
import static com.certhall.bench.Verdicts.us;

import com.certhall.pki.KeyAlgorithm;

/**
 * The HTTP targets of issue 21 (OCSP, applicant API, heap) reached or not, and why, from the same run's figures
 * (docs/benchmarks.md "How to read the verdicts"): where nginx on the same requests, two signers without HTTP or
 * `openssl ocsp` show the machine's limit, and otherwise CertHall's own work. Times per answer are on the two cores
 * (2 ÷ rate), wrk's share included, as in the run.
 */
final class HttpVerdicts {

    private HttpVerdicts() {
    }

    static void ocsp(PkiBenchmark b, StringBuilder md) {
        KeyAlgorithm p256 = KeyAlgorithm.EC_P256;
        KeyAlgorithm rsa = KeyAlgorithm.RSA_2048;
        double cached = b.get(p256, "ocsp-cached-32");
        double nginx = b.get(p256, "nginx-ocsp-32");
        String cachedWhy = Double.isNaN(nginx) ? "nginx not measured in this run"
                : cached < 0.6 * nginx ? String.format("CertHall's own HTTP path: a cached answer takes %s of the two "
                        + "cores, nginx %s for the same bytes to the same POSTs", us(2e6 / cached), us(2e6 / nginx))
                : 0.6 * nginx < 20_000 ? String.format("the machine in this run: nginx itself served %s/s, and 60 %% of "
                        + "it is under 20,000/s; CertHall reached %s of nginx", f(nginx), pct(cached, nginx))
                : String.format("CertHall's own HTTP path: nginx served %s/s, so 20,000/s was within reach",
                        f(nginx));
        Verdicts.row(md, "3. cached OCSP ≥ 60 % of nginx (same bytes, 32 connections) and ≥ 20,000/s", f(cached)
                + "/s, " + pct(cached, nginx) + " of nginx's " + f(nginx) + "/s",
                cached >= 0.6 * nginx && cached >= 20_000, cachedWhy);
        double cached2 = b.get(p256, "ocsp-cached-2");
        double openssl = b.get(p256, "openssl-ocsp-2");
        row(md, "3. cached OCSP at 2 connections ≥ 3× `openssl ocsp`", f(cached2) + "/s, " + x(cached2, openssl)
                + " openssl's " + f(openssl) + "/s", openssl > 0 // not measured is not reached
                        && cached2 >= 3 * openssl,
                !(openssl > 0) ? "`openssl ocsp` not measured in this run (see its note above)"
                        : 3 * openssl > b.get(p256, "nginx-ocsp-2") ? String.format("the machine in this run: 3 × "
                                + "`openssl ocsp` (%s/s) is above nginx's %s/s on the same bytes at 2 connections",
                                f(3 * openssl), f(b.get(p256, "nginx-ocsp-2")))
                        : String.format("CertHall's own path: a cached answer at 2 connections takes %s of the two "
                                + "cores, nginx's %s (same bytes, 2 connections), `openssl ocsp` signs each in %s",
                                us(2e6 / cached2), us(2e6 / b.get(p256, "nginx-ocsp-2")), us(2e6 / openssl))
                                + (b.get(p256, "ocsp-signed-2") > cached2 ? String.format("; its answers signed per "
                                + "request went faster at 2 connections (%s/s), so the cached path loses time there to "
                                + "something other than its work", f(b.get(p256, "ocsp-signed-2"))) : ""));
        row(md, "3. signed OCSP ≥ 80 % of raw signing (P-256, RSA; 2 cores)", "P-256 "
                + pct(b.get(p256, "ocsp-signed-32"), 2 * b.get(p256, "sign")) + ", RSA "
                + pct(b.get(rsa, "ocsp-signed-32"), 2 * b.get(rsa, "sign")),
                b.get(p256, "ocsp-signed-32") >= 1.6 * b.get(p256, "sign")
                        && b.get(rsa, "ocsp-signed-32") >= 1.6 * b.get(rsa, "sign"),
                signedWhy(b, p256) + signedWhy(b, rsa));
    }

    /**
     * Signed OCSP at 32 connections against 80 % of 2 × the one-thread signing rate: what two signers without HTTP
     * got (sign-2t), what nginx carries on the same nonce requests, and the time per answer beside the signature.
     */
    private static String signedWhy(PkiBenchmark b, KeyAlgorithm a) {
        double signed = b.get(a, "ocsp-signed-32");
        double goal = 1.6 * b.get(a, "sign");
        if (signed >= goal) {
            return "";
        }
        double twoSigners = b.get(a, "sign-2t");
        double http = b.get(KeyAlgorithm.EC_P256, "nginx-ocsp-nonce-32"); // the same requests; answer bytes P-256's
        if (Double.isNaN(signed) || Double.isNaN(twoSigners)) {
            return a + ": not measured in this run. ";
        }
        double budget = 2e6 / goal;
        double signature = 2e6 / twoSigners;
        if (twoSigners < goal) {
            return String.format("%s: two signers without HTTP got %s/s (%s of 2 × raw), under the 80 %% (%s/s) before "
                    + "any HTTP: the cores this run had; signed = %s of the 2-thread rate. ", a, f(twoSigners),
                    pct(twoSigners, 2 * b.get(a, "sign")), f(goal), pct(signed, twoSigners));
        }
        if (http < goal) {
            return String.format("%s: the 80 %% (%s/s) is above nginx's %s/s on the same requests, out of reach by "
                    + "HTTP on this machine; signed = %s of nginx. ", a, f(goal), f(http), pct(signed, http));
        }
        if (signature + 2e6 / http > budget) {
            return String.format("%s: a signature (%s with two signers) plus nginx's whole exchange (%s) exceed the %s "
                    + "per answer at 80 %%: out of reach even with HTTP at nginx's cost; signed = %s of the 2-thread rate. ",
                    a, us(signature), us(2e6 / http), us(budget), pct(signed, twoSigners));
        }
        return String.format("%s: not a machine limit: an answer took %s, the signature %s of it; the %s per answer at "
                + "80 %% leave %s beside the signature, where nginx's exchange takes %s and CertHall's HTTP and OCSP "
                + "work took %s: the gap (%s) is CertHall's own. ", a, us(2e6 / signed), us(signature), us(budget),
                us(budget - signature), us(2e6 / http), us(2e6 / signed - signature), us(2e6 / signed - budget));
    }

    static void api(PkiBenchmark b, StringBuilder md) {
        double order = r(b, "api-order");
        double nginx = r(b, "nginx-static");
        double p99 = r(b, "api-order-p99");
        String orderWhy = "";
        if (!(order >= 0.08 * nginx)) {
            orderWhy += Double.isNaN(nginx) ? "nginx not measured in this run. " : String.format("CertHall's own "
                    + "request work: %s of the two cores per order read, nginx's static file %s. ", us(2e6 / order),
                    us(2e6 / nginx));
        }
        if (!(p99 < 100)) {
            double nginxP99 = r(b, "nginx-static-p99");
            orderWhy += nginxP99 >= 100 ? String.format("p99 %s ms: nginx's own p99 at 100 connections was %s ms, "
                    + "the machine's stalls in this run. ", f(p99), f(nginxP99)) : String.format("p99 %s ms against "
                    + "nginx's %s ms at 100 connections: CertHall's own latency. ", f(p99), f(nginxP99));
        }
        row(md, "5. `GET /api/v1/orders/{id}` ≥ 8 % of nginx static, p99 < 100 ms", f(order) + "/s ("
                + pct(order, nginx) + " of " + f(nginx) + "/s), p99 " + f(p99) + " ms",
                order >= 0.08 * nginx && p99 < 100, orderWhy);
        double channel = r(b, "api-channel");
        double me = r(b, "api-me");
        String readsWhy = nginx < 5000 ? String.format("the machine in this run: nginx itself served %s/s of a "
                + "static file", f(nginx)) : String.format("CertHall's own request work: channel %s and me %s of "
                        + "nginx's static %s/s", pct(channel, nginx), pct(me, nginx), f(nginx));
        row(md, "5. channel and profile reads ≥ 5,000/s", "channel " + f(channel) + "/s, me " + f(me) + "/s",
                channel >= 5000 && me >= 5000, Double.isNaN(channel) ? "not measured in this run" : readsWhy);
        row(md, "6. whole platform in a 512 MB heap under the load, no error", "heap limit "
                + f(r(b, "max-heap-mb")) + " MiB, " + b.errors + " errors", r(b, "max-heap-mb") <= 512 && b.errors == 0,
                r(b, "max-heap-mb") > 512 ? "the JVM ran with a larger heap limit" : b.errors
                        + " HTTP errors (non-200 or broken connections) in the run's figures");
    }
}
