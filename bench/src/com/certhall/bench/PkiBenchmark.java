package com.certhall.bench;

import com.certhall.CertHallApplication;
import com.certhall.pki.CertificateAuthority;
import com.certhall.pki.CertificateProfile;
import com.certhall.pki.IssuanceRequest;
import com.certhall.pki.IssuedCertificate;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.SubjectData;
import com.certhall.pki.ca.CaRegistry;
import com.certhall.pki.ca.CaSigner;
import com.certhall.pki.ca.Crypto;
import com.certhall.shared.ResidentIdNumber;
import java.io.OutputStream;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The CA core's throughput on this machine, in one run: per algorithm (SM2, P-256, RSA-2048) and thread count (1,
 * 2): raw signatures/s of the issuing CA key, certificates issued/s from CSRs including the database write (H2 file
 * database and PostgreSQL), OCSP responses/s signed per request (with nonce) and served from the cache (no nonce),
 * both over HTTP on localhost. Writes the table to the file named by the first argument.
 * Arguments: output file, PostgreSQL JDBC URL (or "-"), seconds per measurement.
 */
public final class PkiBenchmark {

    private static final List<KeyAlgorithm> ALGORITHMS = List.of(KeyAlgorithm.SM2, KeyAlgorithm.EC_P256,
            KeyAlgorithm.RSA_2048);
    private static final ResidentIdNumber ID = new ResidentIdNumber("11010519491231002X");

    private final Map<String, Double> results = new LinkedHashMap<>();
    private final double seconds;

    private PkiBenchmark(double seconds) {
        this.seconds = seconds;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String pgUrl = args.length > 1 ? args[1] : "-";
        PkiBenchmark bench = new PkiBenchmark(args.length > 2 ? Double.parseDouble(args[2]) : 3);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        bench.pass("h2", null, false);
        if (!pgUrl.equals("-")) {
            bench.pass("pg", pgUrl, true);
        }
        Files.writeString(out, bench.table(load, pgUrl));
        System.out.println(bench.table(load, pgUrl));
    }

    private void pass(String db, String pgUrl, boolean full) throws Exception {
        Path data = Files.createTempDirectory("certhall-bench-");
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("certhall.data-dir", data.toString());
        props.put("server.port", "0");
        props.put("logging.level.root", "warn");
        props.put("spring.datasource.hikari.maximum-pool-size", "8");
        if (pgUrl != null) {
            props.put("spring.datasource.url", pgUrl);
            props.put("spring.datasource.username", "postgres");
            props.put("spring.datasource.password", "");
        }
        // Command-line arguments: they outrank application.yml (builder.properties() would only set defaults).
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CertHallApplication.class)
                .run(args)) {
            CertificateAuthority authority = context.getBean(CertificateAuthority.class);
            CaRegistry registry = context.getBean(CaRegistry.class);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            for (KeyAlgorithm algorithm : ALGORITHMS) {
                List<String> csrs = csrs(algorithm, 50);
                for (int threads = 1; threads <= 2; threads++) {
                    if (full) {
                        CaSigner signer = registry.issuingFor(algorithm).signer();
                        put(algorithm, threads, "raw", measure(threads, () -> rawSign(signer)));
                    }
                    put(algorithm, threads, "issue-" + db, measure(threads, () -> authority.issue(
                            IssuanceRequest.forCsr(UUID.randomUUID().toString(), CertificateProfile.PERSONAL,
                                    algorithm, SubjectData.person("张三", ID), 1,
                                    csrs.get((int) (Thread.currentThread().getId() % csrs.size()))))));
                    if (full) {
                        ocsp(authority, registry, algorithm, csrs.get(0), port, threads);
                    }
                }
            }
        }
    }

    private void ocsp(CertificateAuthority authority, CaRegistry registry, KeyAlgorithm algorithm, String csr,
            int port, int threads) throws Exception {
        IssuedCertificate cert = authority.issue(IssuanceRequest.forCsr(UUID.randomUUID().toString(),
                CertificateProfile.PERSONAL, algorithm, SubjectData.person("张三", ID), 1, csr));
        X509CertificateHolder issuer = registry.issuingFor(algorithm).certificate();
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                .get(CertificateID.HASH_SHA1), issuer, new BigInteger(cert.serialHex(), 16));
        byte[] cached = new OCSPReqBuilder().addRequest(id).build().getEncoded();
        URI uri = URI.create("http://127.0.0.1:" + port + "/pki/ocsp");
        ThreadLocal<HttpClient> clients = ThreadLocal.withInitial(() -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).build());
        put(algorithm, threads, "ocsp-signed", measure(threads, () -> {
            byte[] nonce = new byte[16];
            Crypto.random().nextBytes(nonce);
            byte[] request = new OCSPReqBuilder().addRequest(id).setRequestExtensions(new Extensions(new Extension(
                    OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, new DEROctetString(nonce)))).build().getEncoded();
            post(clients.get(), uri, request);
        }));
        put(algorithm, threads, "ocsp-cached", measure(threads, () -> post(clients.get(), uri, cached)));
    }

    private static void post(HttpClient client, URI uri, byte[] body) throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/ocsp-request")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200 || response.body().length < 100) {
            throw new IllegalStateException("OCSP answered " + response.statusCode());
        }
    }

    private static void rawSign(CaSigner signer) throws Exception {
        ContentSigner s = signer.contentSigner();
        try (OutputStream out = s.getOutputStream()) {
            out.write(new byte[600]); // about the size of a TBSCertificate
        }
        s.getSignature();
    }

    interface Action {
        void run() throws Exception;
    }

    /** Operations per second over {@code seconds}, after a warm-up of a third of that. */
    private double measure(int threads, Action action) throws Exception {
        AtomicLong count = new AtomicLong();
        long warmUntil = System.nanoTime() + (long) (seconds / 3 * 1e9);
        long endAt = warmUntil + (long) (seconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    while (true) {
                        long now = System.nanoTime();
                        if (now >= endAt) {
                            return;
                        }
                        action.run();
                        if (now >= warmUntil) {
                            count.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return count.get() / seconds;
    }

    private void put(KeyAlgorithm algorithm, int threads, String what, double value) {
        results.put(algorithm + "/" + threads + "/" + what, value);
        System.out.printf("%-9s %d thread(s) %-12s %10.0f /s%n", algorithm, threads, what, value);
    }

    private static List<String> csrs(KeyAlgorithm algorithm, int n) throws Exception {
        List<String> csrs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            KeyPair pair = Crypto.generateKeyPair(algorithm);
            var request = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=bench"), pair.getPublic())
                    .build(new JcaContentSignerBuilder(Crypto.signatureAlgorithm(algorithm)).setProvider(Crypto.BC)
                            .build(pair.getPrivate()));
            StringWriter pem = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
                writer.writeObject(request);
            }
            csrs.add(pem.toString());
        }
        return csrs;
    }

    private String table(double load, String pgUrl) {
        StringBuilder md = new StringBuilder();
        md.append("| algorithm | threads | raw sign/s | issued/s H2 | issued/s PostgreSQL | issued PG ÷ raw | "
                + "OCSP signed/s | OCSP signed ÷ raw | OCSP cached/s |\n|---|---|---|---|---|---|---|---|---|\n");
        for (KeyAlgorithm a : ALGORITHMS) {
            for (int t = 1; t <= 2; t++) {
                double raw = get(a, t, "raw");
                double pg = get(a, t, "issue-pg");
                double signed = get(a, t, "ocsp-signed");
                md.append(String.format("| %s | %d | %s | %s | %s | %s | %s | %s | %s |%n", a, t, f(raw),
                        f(get(a, t, "issue-h2")), f(pg), pct(pg, raw), f(signed), pct(signed, raw),
                        f(get(a, t, "ocsp-cached"))));
            }
        }
        md.append(String.format("%nRun on %s, %d CPUs, load average %.1f at start, Java %s, %s s per figure "
                        + "after a warm-up; PostgreSQL: %s.%n", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), load, System.getProperty("java.version"),
                f(seconds), pgUrl.equals("-") ? "not run" : pgUrl));
        return md.toString();
    }

    private double get(KeyAlgorithm a, int t, String what) {
        return results.getOrDefault(a + "/" + t + "/" + what, Double.NaN);
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "–" : String.format("%.0f", v);
    }

    private static String pct(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "–" : String.format("%.0f %%", 100 * a / b);
    }
}
