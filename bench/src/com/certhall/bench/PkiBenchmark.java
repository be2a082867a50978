package com.certhall.bench;

import com.certhall.CertHallApplication;
import com.certhall.pki.CertificateAuthority;
import com.certhall.pki.CertificateProfile;
import com.certhall.pki.IssuanceOutcome;
import com.certhall.pki.IssuanceRequest;
import com.certhall.pki.IssuedCertificate;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.SubjectData;
import com.certhall.pki.ca.CaRegistry;
import com.certhall.pki.ca.CaSigner;
import com.certhall.pki.ca.Crypto;
import com.certhall.pki.ca.CsrInspector;
import com.certhall.pki.ca.SignatureEngine;
import com.certhall.pki.ocsp.OcspResponder;
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
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
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
 * Issue 21's figures in one run, side by side (docs/benchmarks.md): openssl speed (the peer), raw signing and
 * verification with Bouncy Castle (the old path) and with the chosen {@link SignatureEngine}, issuance from CSRs on 2
 * threads against the crypto-only limit (sign + CSR check), one CSR per call and 100 per call, OCSP over HTTP/1.1 keep-alive (cached and signed per
 * request, 2 and 32 connections), a public applicant API read at 100 connections, and a CRL of 1,000,000 entries.
 * Arguments: output file, PostgreSQL JDBC URL (or "-" for the H2 file database), seconds per figure.
 */
public final class PkiBenchmark {

    static final List<KeyAlgorithm> ALGORITHMS = List.of(KeyAlgorithm.SM2, KeyAlgorithm.EC_P256,
            KeyAlgorithm.RSA_2048);
    /** CSRs per {@code issueAll} call in the batch figure. */
    static final int BATCH = 100;
    private static final ResidentIdNumber ID = new ResidentIdNumber("11010519491231002X");

    final Map<String, Double> results = new LinkedHashMap<>();
    final Map<String, String> notes = new LinkedHashMap<>();
    final double seconds;

    private PkiBenchmark(double seconds) {
        this.seconds = seconds;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String pgUrl = args.length > 1 ? args[1] : "-";
        PkiBenchmark bench = new PkiBenchmark(args.length > 2 ? Double.parseDouble(args[2]) : 2);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String parts = System.getProperty("certhall.bench.parts", "all");
        if (parts.equals("all") || parts.contains("crypto")) {
            Peers.opensslSpeed(bench);
        }
        bench.pass(pgUrl.equals("-") ? null : pgUrl);
        String report = Report.markdown(bench, load, pgUrl);
        Files.writeString(out, report);
        System.out.println(report);
        System.exit(0);
    }

    private void pass(String pgUrl) throws Exception {
        Path data = Files.createTempDirectory("certhall-bench-");
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("certhall.data-dir", data.toString());
        props.put("server.port", "0");
        props.put("logging.level.root", "warn");
        props.put("spring.datasource.hikari.maximum-pool-size", "8");
        // The audit chainer links new entries every 50 ms instead of every second, so that little is left to link
        // when a slice of the batch figure closes (SideBySide: their CPU belongs to its window).
        props.put("certhall.audit.chain-interval", "PT0.05S");
        if (pgUrl != null) {
            props.put("spring.datasource.url", pgUrl);
            props.put("spring.datasource.username", "postgres");
            props.put("spring.datasource.password", "");
            props.put("certhall.sandbox.enabled", "true"); // on purpose: a throwaway cluster on loopback
        }
        // Command-line arguments: they outrank application.yml (builder.properties() would only set defaults).
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CertHallApplication.class)
                .listeners(Applicant.smsCodes()).run(args)) {
            notes.put("engine", SignatureEngine.current().toString());
            CertificateAuthority authority = context.getBean(CertificateAuthority.class);
            CaRegistry registry = context.getBean(CaRegistry.class);
            var single = new org.springframework.transaction.support.TransactionTemplate(
                    context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            // -Dcerthall.bench.parts=api (or issue, api; crypto, ocsp) measures a part only, for profiling; the report
            // needs all. crypto and ocsp run together: OCSP's ratio is to the raw signing rate of the same run.
            String parts = System.getProperty("certhall.bench.parts", "all");
            boolean noIssuance = !parts.equals("all") && !parts.contains("issue") && !parts.contains("batch");
            // batch: the crypto-only limit and the batch figure only (no raw crypto, no single-CSR figures)
            boolean batchOnly = parts.contains("batch") && !parts.contains("issue");
            var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
            var auditLog = context.getBean(com.certhall.audit.AuditLog.class);
            // The floor under any issuance that is durable before it returns: one tiny row and a commit (a WAL flush)
            // per call, 2 threads, no crypto. A closed-loop caller cannot go faster than 1 / (crypto + commit).
            jdbc.execute("CREATE TABLE bench_commit (n BIGINT)");
            AtomicLong rowNumber = new AtomicLong();
            List<KeyAlgorithm> measured = !noIssuance || parts.contains("crypto") || parts.contains("ocsp")
                    ? algorithms() : List.of();
            Map<KeyAlgorithm, List<String>> csrsOf = new java.util.EnumMap<>(KeyAlgorithm.class);
            for (KeyAlgorithm algorithm : measured) {
                csrsOf.put(algorithm, csrs(algorithm, noIssuance ? 1 : 50));
            }
            if (!noIssuance) {
                // The batch path of every algorithm runs before any figure: the JIT then compiles it with all
                // their types in its profiles, instead of compiling it through the first algorithm's figures and
                // deoptimising it at the next algorithm's (docs/benchmarks.md "Warm-up").
                // The slices' own steps (the audit checkpoint that closes a batch slice, the CPU readings) run
                // with them, so that the JIT compiles them here too, not inside a timed slice.
                // Round after round, while the compiler threads still took more than WARM_JIT_SHARE of the round's
                // time: methods called once per batch (40 times a second) reach the C2 compiler's thresholds only
                // after tens of seconds or minutes, and their compilation used to land in the first algorithm's
                // slices (SM2's JIT took 18-67 µs per certificate in the runs of 22:49-23:22, the others' 0-21).
                for (int round = 1; ; round++) {
                    long jitBefore = CpuWindow.jitMillis();
                    long started = System.nanoTime();
                    for (KeyAlgorithm algorithm : measured) {
                        Action batch = batchOf(authority, algorithm, csrsOf.get(algorithm));
                        CpuWindow readings = new CpuWindow();
                        runFor(2, seconds, () -> {
                            batch.run();
                            synchronized (readings) {
                                readings.start();
                                auditLog.checkpoint();
                                readings.stop();
                            }
                        });
                        runFor(2, seconds / 3, limitOf(registry.issuingFor(algorithm).signer(), algorithm,
                                csrsOf.get(algorithm)));
                    }
                    double share = (CpuWindow.jitMillis() - jitBefore) / ((System.nanoTime() - started) / 1e6);
                    System.out.printf("          (warm-up round %d of the batch path and the limit of each algorithm:"
                            + " the JIT took %.1f %% of a core)%n", round, 100 * share);
                    if (share <= WARM_JIT_SHARE || round == MAX_WARM_ROUNDS) {
                        warmRounds = round;
                        break;
                    }
                }
            }
            for (KeyAlgorithm algorithm : measured) {
                if (!batchOnly) {
                    crypto(algorithm, registry.issuingFor(algorithm).signer());
                }
                List<String> csrs = csrsOf.get(algorithm);
                if (noIssuance) { // crypto,ocsp: no issuance figures
                    if (parts.contains("ocsp")) {
                        ocsp(authority, registry, algorithm, csrs.get(0), port);
                    }
                    continue;
                }
                CaSigner signer = registry.issuingFor(algorithm).signer();
                java.util.function.Supplier<IssuanceRequest> request = requests(algorithm, csrs);
                // The crypto-only limit, and 2 callers each submitting BATCH CSRs per call
                // (CertificateAuthority.issueAll), in certificates/s, side by side in alternating slices: the ratio
                // of the two compares the machine at the same moments (the host's speed drifts by a fifth within a
                // minute, docs/benchmarks.md). The CPU of the limit's slices gives the crypto's CPU per certificate;
                // the batch's, where the CPU went meanwhile (the JVM's, PostgreSQL's, other processes'), the audit
                // chain's linking of its entries included.
                CpuWindow limitCpu = new CpuWindow();
                CpuWindow batchCpu = new CpuWindow();
                // The batch's deferred work: the audit chainer links the entries after their commit. A slice closes
                // once they are linked: AuditLog.checkpoint links what is pending at once (and signs the head).
                java.util.function.BooleanSupplier chained = () -> {
                    auditLog.checkpoint();
                    return true;
                };
                double[] pair = SideBySide.measure(this, 2, pgUrl == null ? null : () -> Integer.valueOf(0).equals(
                        jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE backend_type = "
                                + "'autovacuum worker'", Integer.class)), limitOf(signer, algorithm, csrs), limitCpu,
                        null, batchOf(authority, algorithm, csrs), batchCpu, chained);
                put(algorithm, "limit", pair[0]);
                limitCpu.store(this, algorithm + "/limit");
                put(algorithm, "issue-batch", BATCH * pair[1]);
                batchCpu.store(this, algorithm + "/issue-batch");
                if (!batchOnly) {
                    issueSingly(algorithm, authority, single, jdbc, rowNumber, request);
                }
                if (parts.equals("all")) {
                    ocsp(authority, registry, algorithm, csrs.get(0), port);
                }
            }
            try {
                if (parts.equals("all") || parts.contains("api")) {
                    api(context, port);
                }
            } catch (Exception e) { // the other figures still count; the report names what failed
                notes.put("applicant API", "not measured: " + e.getMessage());
            }
            if (parts.equals("all")) {
                CrlBench.run(this, registry.issuingFor(KeyAlgorithm.EC_P256));
            }
        }
    }

    /**
     * The algorithms measured: all of {@link #ALGORITHMS}, or those named in {@code -Dcerthall.bench.algorithms}
     * (e.g. {@code RSA_2048,EC_P256}) in that order, for a short run of one part.
     */
    static List<KeyAlgorithm> algorithms() {
        String named = System.getProperty("certhall.bench.algorithms", "");
        return named.isBlank() ? ALGORITHMS : java.util.Arrays.stream(named.split(",")).map(String::strip)
                .map(KeyAlgorithm::valueOf).filter(ALGORITHMS::contains).toList();
    }

    /** One CSR per call, 2 threads: each in its own transaction, grouped, grouped on 8 threads; the commit floor. */
    private void issueSingly(KeyAlgorithm algorithm, CertificateAuthority authority,
            org.springframework.transaction.support.TransactionTemplate single,
            org.springframework.jdbc.core.JdbcTemplate jdbc, AtomicLong rowNumber,
            java.util.function.Supplier<IssuanceRequest> request) throws Exception {
        put(algorithm, "commit", measure(2, () -> single.execute(s -> jdbc.update(
                "INSERT INTO bench_commit (n) VALUES (?)", rowNumber.incrementAndGet()))));
        // Before the group commit: each issuance its own transaction (a caller's transaction is joined).
        put(algorithm, "issue-single", measure(2, () -> single.execute(s -> authority.issue(request.get()))));
        put(algorithm, "issue", measure(2, () -> authority.issue(request.get())));
        put(algorithm, "issue-8", measure(8, () -> authority.issue(request.get())));
    }

    /** Raw signatures and verifications, one thread: Bouncy Castle's JCA path (before issue 21) and the engine. */
    private void crypto(KeyAlgorithm algorithm, CaSigner signer) throws Exception {
        String name = Crypto.signatureAlgorithm(algorithm);
        KeyPair bcPair = Crypto.generateKeyPair(algorithm);
        // target 1 is a ratio of these two: side by side in alternating slices, as the host's speed drifts
        double[] signing = SideBySide.measure(this, 1, null, () -> sign(new JcaContentSignerBuilder(name)
                .setProvider(Crypto.BC).setSecureRandom(Crypto.random()).build(bcPair.getPrivate())),
                new CpuWindow(), null, () -> rawSign(signer), new CpuWindow(), null);
        put(algorithm, "sign-bc", signing[0]);
        put(algorithm, "sign", signing[1]);
        // two signers at once: what the two cores give (another job's load and shared execution units included)
        put(algorithm, "sign-2t", measure(2, () -> rawSign(signer)));
        Signature s = Signature.getInstance(name, Crypto.BC);
        s.initSign(bcPair.getPrivate());
        s.update(new byte[600]);
        byte[] signature = s.sign();
        var provider = SignatureEngine.current().providerFor(algorithm);
        PublicKey engineKey = KeyFactory.getInstance(algorithm.name().startsWith("RSA") ? "RSA" : "EC", provider)
                .generatePublic(new X509EncodedKeySpec(bcPair.getPublic().getEncoded()));
        double[] verifying = SideBySide.measure(this, 1, null,
                () -> verify(name, Crypto.BC, bcPair.getPublic(), signature), new CpuWindow(), null,
                () -> verify(name, provider, engineKey, signature), new CpuWindow(), null);
        put(algorithm, "verify-bc", verifying[0]);
        put(algorithm, "verify", verifying[1]);
        RawCrypto.measure(this, algorithm, bcPair, signature); // BC, Conscrypt and ACCP side by side
    }

    private static void verify(String name, java.security.Provider provider, PublicKey key, byte[] signature)
            throws Exception {
        Signature v = Signature.getInstance(name, provider);
        v.initVerify(key);
        v.update(new byte[600]);
        if (!v.verify(signature)) {
            throw new IllegalStateException("signature does not verify");
        }
    }

    private void ocsp(CertificateAuthority authority, CaRegistry registry, KeyAlgorithm algorithm, String csr,
            int port) throws Exception {
        IssuedCertificate cert = authority.issue(IssuanceRequest.forCsr(UUID.randomUUID().toString(),
                CertificateProfile.PERSONAL, algorithm, SubjectData.person("张三", ID), 1, csr));
        X509CertificateHolder issuer = registry.issuingFor(algorithm).certificate();
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                .get(CertificateID.HASH_SHA1), issuer, new BigInteger(cert.serialHex(), 16));
        byte[] plain = new OCSPReqBuilder().addRequest(id).build().getEncoded();
        Wrk.Request cached = Wrk.Request.post("/pki/ocsp", "application/ocsp-request", plain, -1);
        // A request with a 16-octet nonce; its place in the DER is found by a marker and replaced per request.
        byte[] marker = new byte[16];
        Crypto.random().nextBytes(marker);
        byte[] withNonce = new OCSPReqBuilder().addRequest(id).setRequestExtensions(new Extensions(new Extension(
                OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, new DEROctetString(new DEROctetString(marker)
                        .getEncoded())))).build().getEncoded();
        Wrk.Request signed = Wrk.Request.post("/pki/ocsp", "application/ocsp-request", withNonce,
                indexOf(withNonce, marker));
        byte[] answer = post(port, "/pki/ocsp", plain);
        if (OcspResponder.parse(answer).getStatus() != 0 || OcspResponder.parse(post(port, "/pki/ocsp", withNonce)).getStatus() != 0) {
            throw new IllegalStateException("OCSP answered no successful response");
        }
        if (algorithm == KeyAlgorithm.EC_P256) { // the same cached answer through security chain + Spring MVC
            put(algorithm, "ocsp-cached-get-32", load(port, 32, Wrk.Request.get("/pki/ocsp/"
                    + java.net.URLEncoder.encode(java.util.Base64.getEncoder().encodeToString(plain), "UTF-8"))));
            results.put("ocsp-bytes", (double) answer.length);
            if (References.nginxPort() > 0) { // nginx serving these very bytes to the same POSTs
                References.nginxServes("/pki/ocsp", answer);
                for (int connections : new int[] {2, 32}) {
                    put(algorithm, "nginx-ocsp-" + connections, load(References.nginxPort(), connections, cached));
                }
                // the HTTP ceiling of the signed figures: wrk's per-request nonce script costs wrk's CPU too
                put(algorithm, "nginx-ocsp-nonce-32", load(References.nginxPort(), 32, signed));
            }
            try {
                put(algorithm, "openssl-ocsp-2", load(References.opensslOcsp(this, 2)));
            } catch (Exception e) {
                notes.put("openssl ocsp", "not measured: " + e.getMessage());
            }
        }
        for (int connections : new int[] {2, 32}) {
            put(algorithm, "ocsp-cached-" + connections, load(port, connections, cached));
            put(algorithm, "ocsp-signed-" + connections, load(port, connections, signed));
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("nonce not found in the request");
    }

    private static byte[] post(int port, String path, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/ocsp-request").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    /** Applicant reads at 100 connections: an order, a channel, the profile, the channel list; nginx beside them. */
    private void api(ConfigurableApplicationContext context, int port) throws Exception {
        Applicant applicant = Applicant.register(context, port);
        String order = applicant.get("/api/v1/orders/" + applicant.orderId());
        Wrk.Request orderRead = Wrk.Request.get("/api/v1/orders/" + applicant.orderId(), "Accept: application/json",
                "Authorization: Bearer " + applicant.token());
        Wrk.Request channelRead = Wrk.Request.get("/api/v1/channels/" + Applicant.CHANNEL, "Accept: application/json");
        Wrk.Request meRead = Wrk.Request.get("/api/v1/me", "Accept: application/json",
                "Authorization: Bearer " + applicant.token());
        Wrk.Request channelsRead = Wrk.Request.get("/api/v1/channels", "Accept: application/json");
        // With only the API part measured, the JVM is fresh and compiles the request path while the first figures
        // run (docs/benchmarks.md): each request is sent for at least 5 s, unmeasured, before any API figure.
        for (Wrk.Request request : List.of(orderRead, channelRead, meRead, channelsRead)) {
            Wrk.run(port, 100, Math.max(5, seconds), request);
        }
        putLoad("api-order", Wrk.run(port, 100, seconds, orderRead));
        putLoad("api-channel", Wrk.run(port, 100, seconds, channelRead));
        putLoad("api-me", Wrk.run(port, 100, seconds, meRead));
        putLoad("api-channels", Wrk.run(port, 100, seconds, channelsRead));
        byte[] json = order.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        results.put("order-bytes", (double) json.length);
        if (References.nginxPort() > 0) { // a static file of the order JSON's size, same headers
            References.nginxServes("/order.json", json);
            putLoad("nginx-static", Wrk.run(References.nginxPort(), 100, seconds, Wrk.Request.get("/order.json",
                    "Accept: application/json", "Authorization: Bearer " + applicant.token())));
        }
    }

    private double load(int port, int connections, Wrk.Request request) throws Exception {
        return load(Wrk.run(port, connections, seconds, request));
    }

    private double load(HttpLoad.Result r) {
        errors += r.errors();
        return r.perSecond();
    }

    long errors;

    private void putLoad(String what, HttpLoad.Result r) {
        results.put(what, r.perSecond());
        results.put(what + "-p50", r.p50Ms());
        results.put(what + "-p99", r.p99Ms());
        errors += r.errors();
        System.out.printf("%-28s %10.0f /s p50 %.1f ms p99 %.1f ms, %d errors%n", what, r.perSecond(), r.p50Ms(),
                r.p99Ms(), r.errors());
    }

    private static void rawSign(CaSigner signer) throws Exception {
        sign(signer.contentSigner());
    }

    private static void sign(ContentSigner s) throws Exception {
        try (OutputStream out = s.getOutputStream()) {
            out.write(new byte[600]); // about the size of a TBSCertificate
        }
        s.getSignature();
    }

    interface Action {
        void run() throws Exception;
    }

    /**
     * Operations per second over {@code seconds}, after a warm-up of at least a third of that which goes on while the
     * JIT is still compiling (more than {@link #JIT_QUIET_MS} of the compiler threads' CPU in the last half second, at
     * most {@link #MAX_EXTRA_WARM_UP_S} longer): a figure whose code path is new (the batch path on RSA keys after P-256)
     * otherwise counts the C2 compiler's work on the same two cores as the CA's (docs/benchmarks.md).
     */
    double measure(int threads, Action action) throws Exception {
        return measure(threads, action, null);
    }

    /** The same, with {@code cpu} (when not null) reading the CPU spent during the counted window. */
    double measure(int threads, Action action, CpuWindow cpu) throws Exception {
        AtomicLong count = new AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean counting = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        boolean counted = counting.get(); // an operation counts when it starts in the window
                        action.run();
                        if (counted) {
                            count.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failures.add(e);
                    stop.set(true);
                }
            });
            workers.add(worker);
            worker.start();
        }
        warmUp(stop::get);
        if (cpu != null) {
            cpu.start();
        }
        counting.set(true);
        Thread.sleep((long) (seconds * 1000));
        if (cpu != null) {
            cpu.stop();
        }
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return count.get() / seconds;
    }

    /**
     * Lets the figure's threads, already running, warm up: at least a third of {@link #seconds}, then on while the
     * compiler threads used more than {@link #JIT_QUIET_MS} of CPU in the last half second (at most
     * {@link #MAX_EXTRA_WARM_UP_S} longer), or until {@code stopped} (a thread failed).
     */
    void warmUp(java.util.function.BooleanSupplier stopped) throws InterruptedException {
        long started = System.nanoTime();
        Thread.sleep((long) (seconds / 3 * 1000));
        long compiled = CpuWindow.jitMillis();
        while (!stopped.getAsBoolean() && System.nanoTime() - started < (seconds / 3 + MAX_EXTRA_WARM_UP_S) * 1e9) {
            Thread.sleep(500);
            long now = CpuWindow.jitMillis();
            if (now - compiled <= JIT_QUIET_MS) {
                break;
            }
            compiled = now;
        }
        double warmUp = (System.nanoTime() - started) / 1e9;
        warmUpSeconds = Math.max(warmUpSeconds, warmUp);
        System.out.printf("          (warm-up %.1f s)%n", warmUp);
    }

    /** Compilation time in the last half second under which the JIT counts as settled (5 % of one core). */
    static final long JIT_QUIET_MS = 25;
    /** The longest a warm-up is extended while the JIT compiles. */
    static final double MAX_EXTRA_WARM_UP_S = 15;
    /** The longest warm-up any figure of this run needed. */
    double warmUpSeconds;
    /**
     * The share of one core under which the compiler threads count as settled after a round of every batch path: 5 %,
     * as in a figure's warm-up ({@link #JIT_QUIET_MS}).
     */
    static final double WARM_JIT_SHARE = 0.05;
    /**
     * The most rounds of every batch path before the first figure. The JIT does not fall silent: code run once per
     * batch or commit (PostgreSQL's driver, the transaction, the audit chainer) reaches the C2 compiler's thresholds
     * only after minutes, and 6 rounds of 2026-12-06 23:33 ended with it at 7-13 % of a core from the third on.
     */
    static final int MAX_WARM_ROUNDS = 4;
    /** The rounds of every batch path this run took before its first figure. */
    int warmRounds;

    void put(KeyAlgorithm algorithm, String what, double value) {
        results.put(algorithm + "/" + what, value);
        System.out.printf("%-9s %-18s %10.0f /s%n", algorithm, what, value);
    }

    double get(KeyAlgorithm a, String what) {
        return results.getOrDefault(a + "/" + what, Double.NaN);
    }

    /** One operation of the crypto-only limit: a signature with the CA key and a CSR checked (parse and verify). */
    private static Action limitOf(CaSigner signer, KeyAlgorithm algorithm, List<String> csrs) {
        AtomicLong next = new AtomicLong();
        return () -> {
            rawSign(signer);
            CsrInspector.publicKeyOf(csrs.get((int) (next.incrementAndGet() % csrs.size())), algorithm);
        };
    }

    /** One call of a batch figure: {@link #BATCH} CSRs (new request ids) issued by one {@code issueAll}. */
    private static Action batchOf(CertificateAuthority authority, KeyAlgorithm algorithm, List<String> csrs) {
        java.util.function.Supplier<IssuanceRequest> request = requests(algorithm, csrs);
        return () -> {
            List<IssuanceRequest> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                batch.add(request.get());
            }
            if (!authority.issueAll(batch).stream().allMatch(IssuanceOutcome::issued)) {
                throw new IllegalStateException("a batch item was refused");
            }
        };
    }

    /** New issuance requests (a fresh request id each) for the given CSRs, one after the other, round and round. */
    private static java.util.function.Supplier<IssuanceRequest> requests(KeyAlgorithm algorithm, List<String> csrs) {
        AtomicLong next = new AtomicLong();
        return () -> IssuanceRequest.forCsr(UUID.randomUUID().toString(), CertificateProfile.PERSONAL, algorithm,
                SubjectData.person("张三", ID), 1, csrs.get((int) (next.incrementAndGet() % csrs.size())));
    }

    /** Runs {@code action} on {@code threads} threads for {@code runSeconds}, uncounted. */
    private static void runFor(int threads, double runSeconds, Action action) throws Exception {
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        action.run();
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            workers.add(worker);
            worker.start();
        }
        Thread.sleep((long) (runSeconds * 1000));
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
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
}
