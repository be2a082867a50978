package com.certhall.bench;

import com.certhall.CertHallApplication;
import com.certhall.lifecycle.CertificateManagement;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.Orders;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.signing.domain.Authorizations;
import com.certhall.signing.domain.CscAlgorithms;
import com.certhall.signing.domain.HashSigning;
import com.certhall.signing.domain.PartnerClients;
import com.certhall.signing.domain.SigningCaller;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15's figure (docs/benchmarks.md, "Cloud signing"): {@code signHash} per second against raw signing with the
 * same key in the same run, for P-256, RSA 2048 and SM2, with 1, 32, 100, 500 and 1000 (the most one SAD covers)
 * hashes per SAD, in the service and over HTTP. Raw: the kept key
 * unsealed once and the custody's own hash signer, signing the same hashes just before or just after each timed call,
 * by turns (interleaved, so a shared machine's load weighs on both alike). Service: a partner of the channel
 * authorizes with the PIN (PBKDF2, outside the timed part: it is the holder's step, once per SAD), then
 * {@code HashSigning.sign} of N hashes
 * under that SAD is timed — credential lookup, SAD check, unsealing, signing, log and webhook rows. HTTP: the same
 * over {@code /csc/v2} with a Spring Authorization Server token. A single thread throughout. Arguments: output file,
 * seconds per figure.
 */
public final class SigningBenchmark {

    private static final String CHANNEL = "bid-cloud";
    private static final String PIN = "583027";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Hashes per call: one, batches, and CertHall's most under one SAD ({@code Authorizations.MAX_HASHES}). */
    private static final int[] BATCHES = {1, 32, 100, 500, Authorizations.MAX_HASHES};
    private static final double TARGET = 0.8;
    private static final AtomicLong SERVER_NANOS = new AtomicLong();
    private static final java.util.regex.Pattern CODE =
            java.util.regex.Pattern.compile("验证码[：:]\\s*(\\d{6})(?!\\d)|code is (\\d{6})(?!\\d)");

    private final double seconds;
    // Tomcat here speaks HTTP/1.1 on plain http: no h2c upgrade attempt on the connection
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String base;
    private java.net.Socket socket;
    private java.io.InputStream in;
    private long lastUse;
    private final Map<String, String> rows = new LinkedHashMap<>();

    private SigningBenchmark(double seconds) {
        this.seconds = seconds;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        SigningBenchmark bench = new SigningBenchmark(args.length > 1 ? Double.parseDouble(args[1]) : 2);
        String report = bench.run();
        Files.writeString(out, report);
        System.out.println(report);
        System.exit(0);
    }

    private String run() throws Exception {
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        Path data = Files.createTempDirectory("certhall-signing-bench-");
        String[] args = {"--certhall.data-dir=" + data, "--server.port=0", "--logging.level.root=warn"};
        StringBuilder table = new StringBuilder();
        StringBuilder full = new StringBuilder();
        List<String> providers = new ArrayList<>();
        Verdict verdict = new Verdict();
        String stages;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CertHallApplication.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("signingBenchServerTime", serverTime()))
                .run(args)) {
            base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            Authorizations authorizations = context.getBean(Authorizations.class);
            HashSigning signing = context.getBean(HashSigning.class);
            PartnerClients partners = context.getBean(PartnerClients.class);
            PartnerClients.NewClient client = partners.create(CHANNEL, "签名基准平台", List.of("signing"), 6000,
                    "staff:bench");
            // as the token's check reads it with the client (docs/signing.md, "Speed"): this client has no webhook
            SigningCaller caller = SigningCaller.partner(client.clientId().toString(), CHANNEL, client.name(),
                    false);
            String token = token(client.clientId().toString(), client.secret());
            Holder holder = register();
            table.append("| key | hashes per call | path | signHash signatures/s | raw signatures/s, same key, "
                    + "interleaved | signHash ÷ raw | ms per call (raw ms) | of which server ms "
                    + "| raw ms ÷ server ms |\n")
                    .append("|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
            for (KeyAlgorithm algorithm : algorithms()) {
                // a handler's mobile of its own per certificate: the SMS limits count per number
                String handler = mobile();
                String serial = issue(context, holder, handler, algorithm);
                activate(holder, handler, serial);
                RawKey raw = rawKey(context, algorithm, serial);
                providers.add(algorithm + " " + raw.provider());
                // warms the signing path and the raw signer up before the first figure
                service(authorizations, signing, caller, algorithm, serial, 32, false, raw);
                for (int n : BATCHES) {
                    double[] inService = service(authorizations, signing, caller, algorithm, serial, n, false, raw);
                    row(table, algorithm, n, "service", inService);
                    verdict.add(algorithm, "service", n, inService);
                }
                for (int n : BATCHES) {
                    double[] http = overHttp(token, algorithm, serial, n, raw);
                    row(table, algorithm, n, "HTTP", http);
                    verdict.add(algorithm, "HTTP", n, http);
                    // the server's own time per call: what the server spends on signHash, without the client's
                    verdict.add(algorithm, "HTTP, server time", n, new double[] {1000 * n / http[2], http[1]});
                }
                // the same with a client whose request leaves in two writes (headers, then body)
                row(table, algorithm, 64, "HTTP, request in two writes", overHttp(token, algorithm, serial, 64, raw,
                        true));
                full.append(String.format(Locale.ROOT, "%s %.1f/s, ", algorithm,
                        service(authorizations, signing, caller, algorithm, serial, 1, true, raw)[0]));
            }
            stages = stages(context, token);
        }
        return "Run " + java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0) + " on "
                + Runtime.getRuntime().availableProcessors() + " cores (load average " + load + " at start), Java "
                + System.getProperty("java.version")
                + ", " + database() + ", one thread, " + seconds + " s per figure, " + custody()
                + "; signing provider: " + String.join(", ", providers)
                + ". Raw: the same kept key, loaded once into the same provider's key form, signing the same hashes "
                + "with the custody's hash signer just before or after each timed call, by turns, so both figures "
                + "see the same load. HTTP: a partner's `POST /csc/v2/signatures/signHash` over a kept-alive HTTP/1.1 "
                + "connection with its bearer token, sent in one write on a TCP_NODELAY socket of the bench's thread "
                + "(\"request in two writes\": a plain `HttpURLConnection` in fixed-length streaming mode, headers and "
                + "body in two writes), timed from sending the request to the parsed answer; server ms: from Tomcat's "
                + "hand-over of the request to the application (before every servlet filter) until the answer is "
                + "written. signHash takes its lean path (docs/signing.md, \"Speed\").\n\n" + table
                + "\n" + verdict + "\n\nauthorize (PIN check) + signHash of one hash, end to end: "
                + full.substring(0, full.length() - 2) + ".\n\n" + stages + "\n";
    }

    /**
     * Two stages of an HTTP call timed alone in the same JVM, per call: the partner token's check as the CSC chain
     * makes it (the holders' tokens asked first, then the in-process introspection) and the JSON of a 64-hash
     * request and its answer (read and written by the application's own ObjectMapper).
     */
    private String stages(ConfigurableApplicationContext context, String token) throws Exception {
        com.certhall.web.ApiTokens holders = context.getBean(com.certhall.web.ApiTokens.class);
        com.certhall.signing.oauth.PartnerTokenIntrospector partners =
                context.getBean(com.certhall.signing.oauth.PartnerTokenIntrospector.class);
        ObjectMapper json = context.getBean(ObjectMapper.class);
        List<String> hashes = hashes(64).stream().map(h -> Base64.getEncoder().encodeToString(h)).toList();
        Map<String, Object> request = Map.of("credentialID", "0a", "SAD", "x", "hashes", hashes, "signAlgo", "1");
        Map<String, Object> answer = Map.of("signatures", hashes.stream().map(h -> h + h).toList());
        long[] nanos = new long[2];
        int calls = 2000;
        for (int round = 0; round < 2; round++) {
            // the first round warms up
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                if (holders.authenticate(token).isEmpty()) {
                    partners.authentication(token, partners.introspect(token));
                }
            }
            long mid = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                json.readTree(json.writeValueAsBytes(request));
                json.writeValueAsBytes(answer);
            }
            nanos[0] = mid - start;
            nanos[1] = System.nanoTime() - mid;
        }
        return String.format(Locale.ROOT, "Stages of an HTTP call alone, per call: the partner token's check %.3f ms,"
                + " the JSON of a 64-hash request and answer %.3f ms.", nanos[0] / 1e6 / calls,
                nanos[1] / 1e6 / calls);
    }

    /**
     * Server time of each signHash request: from when Tomcat hands the request to the application (before every
     * filter, the lean path's too) until the answer is written, so the HTTP figure splits into the server's part and
     * the transport's and client's.
     */
    private static ServletListenerRegistrationBean<ServletRequestListener> serverTime() {
        String started = SigningBenchmark.class.getName() + ".started";
        return new ServletListenerRegistrationBean<>(new ServletRequestListener() {
            @Override
            public void requestInitialized(ServletRequestEvent event) {
                event.getServletRequest().setAttribute(started, System.nanoTime());
            }

            @Override
            public void requestDestroyed(ServletRequestEvent event) {
                Object start = event.getServletRequest().getAttribute(started);
                if (start instanceof Long nanos && event.getServletRequest() instanceof HttpServletRequest request
                        && request.getRequestURI().endsWith("/signatures/signHash")) {
                    SERVER_NANOS.addAndGet(System.nanoTime() - nanos);
                }
            }
        });
    }

    /** All three, or those named in {@code -Dcerthall.bench.keys=EC_P256,RSA_2048} for a short run. */
    private static List<KeyAlgorithm> algorithms() {
        String named = System.getProperty("certhall.bench.keys", "EC_P256,RSA_2048,SM2");
        return java.util.Arrays.stream(named.split(",")).map(String::strip).map(KeyAlgorithm::valueOf).toList();
    }

    private static String database() {
        return System.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:")
                ? "PostgreSQL (throwaway local cluster, loopback TCP)" : "H2 file database";
    }

    private static String custody() {
        return "pkcs11".equals(System.getProperty("certhall.pki.key-store"))
                ? "P-256 and RSA keys on a SoftHSM2 token through PKCS#11 (SM2 sealed)"
                : "keys sealed under the KEK (Bouncy Castle)";
    }

    private static void row(StringBuilder table, KeyAlgorithm algorithm, int hashes, String path, double[] rates) {
        table.append(String.format(Locale.ROOT, "| %s | %d | %s | %.0f | %.0f | %.0f %% | %.2f (%.2f) | %s | %s |%n",
                algorithm, hashes, path, rates[0], rates[1], 100 * rates[0] / rates[1], 1000 * hashes / rates[0],
                1000 * hashes / rates[1], rates.length > 2 ? String.format(Locale.ROOT, "%.2f", rates[2]) : "—",
                rates.length > 2 ? String.format(Locale.ROOT, "%.0f %%", 100 * 1000 * hashes / rates[2] / rates[1])
                        : "—"));
    }

    /**
     * Issue 15's target read off the table: the fewest hashes per call at which signHash reaches 80 % of raw, end to
     * end (service; HTTP with the bench's client) and by the server's own time per HTTP call.
     */
    private static final class Verdict {

        private final Map<String, Integer> reached = new LinkedHashMap<>();
        private final Map<String, Double> best = new LinkedHashMap<>();

        void add(KeyAlgorithm algorithm, String path, int hashes, double[] rates) {
            String key = algorithm + " " + path;
            double ratio = rates[0] / rates[1];
            best.merge(key, ratio, Math::max);
            reached.putIfAbsent(key, null);
            if (ratio >= TARGET && reached.get(key) == null) {
                reached.put(key, hashes);
            }
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("**Verdict (target: signHash ≥ 80 % of raw):** ");
            List<String> parts = new ArrayList<>();
            reached.forEach((key, hashes) -> parts.add(key + (hashes == null
                    ? String.format(Locale.ROOT, " not reached (best %.0f %%)", 100 * best.get(key))
                    : " reached from " + hashes + " hashes per call")));
            return text.append(String.join("; ", parts)).append('.').toString();
        }
    }

    /**
     * The kept key, loaded once — the sealed key unsealed and read into the signing provider's form by the custody's
     * own {@code HashSigner.fromPkcs8}, or the token's key object with its PKCS#11 provider — signed with the
     * custody's own {@code HashSigner.signAll} (no lookups, no logging): the same provider, key form and code per
     * hash as {@code signHash}.
     */
    private record RawKey(Object key, Method signAll) {

        /** Nanoseconds to sign these hashes one after another. */
        long sign(List<byte[]> hashes) throws Exception {
            long start = System.nanoTime();
            signAll.invoke(null, key, hashes);
            return System.nanoTime() - start;
        }

        String provider() throws Exception {
            Method provider = key.getClass().getDeclaredMethod("provider");
            provider.setAccessible(true);
            return ((Provider) provider.invoke(key)).getName();
        }
    }

    private static RawKey rawKey(ConfigurableApplicationContext context, KeyAlgorithm algorithm, String serial)
            throws Exception {
        Map<String, Object> row = context.getBean(JdbcTemplate.class).queryForMap("SELECT ca_name, serial, custody, "
                + "key_ref, sealed_key FROM pki_cloud_key WHERE UPPER(serial) = UPPER(?)", serial);
        Class<?> signer = Class.forName("com.certhall.pki.ca.HashSigner");
        Class<?> keyType = Class.forName("com.certhall.pki.ca.HashSigner$SigningKey");
        Method signAll = signer.getDeclaredMethod("signAll", keyType, List.class);
        signAll.setAccessible(true);
        if ("pkcs11".equals(row.get("custody"))) {
            Class<?> factories = Class.forName("com.certhall.pki.ca.CaSignerFactories");
            Object token = factories.getMethod("byType", String.class).invoke(context.getBean(factories), "pkcs11");
            Object loaded = Class.forName("com.certhall.pki.ca.CaSignerFactory")
                    .getMethod("load", String.class, KeyAlgorithm.class).invoke(token, row.get("key_ref"), algorithm);
            Method privateKey = loaded.getClass().getDeclaredMethod("privateKey");
            Method provider = loaded.getClass().getDeclaredMethod("provider");
            privateKey.setAccessible(true);
            provider.setAccessible(true);
            var make = keyType.getDeclaredConstructor(KeyAlgorithm.class, PrivateKey.class, Provider.class);
            make.setAccessible(true);
            return new RawKey(make.newInstance(algorithm, privateKey.invoke(loaded), provider.invoke(loaded)),
                    signAll);
        }
        Class<?> kekType = Class.forName("com.certhall.pki.ca.KeyEncryptionKey");
        Method unseal = kekType.getDeclaredMethod("unseal", byte[].class, String.class);
        unseal.setAccessible(true);
        byte[] pkcs8 = (byte[]) unseal.invoke(context.getBean(kekType), row.get("sealed_key"),
                row.get("ca_name") + ":" + row.get("serial"));
        Method fromPkcs8 = signer.getDeclaredMethod("fromPkcs8", KeyAlgorithm.class, byte[].class);
        fromPkcs8.setAccessible(true);
        return new RawKey(fromPkcs8.invoke(null, algorithm, pkcs8), signAll);
    }

    /**
     * Signatures per second of {@code signHash} with {@code n} hashes per SAD, and of raw signing of the same hashes
     * right after each call; the authorization before each is not timed unless {@code withAuthorize} (then:
     * authorizations per second, PIN check included, and no raw figure).
     */
    private double[] service(Authorizations authorizations, HashSigning signing, SigningCaller caller,
            KeyAlgorithm algorithm, String serial, int n, boolean withAuthorize, RawKey raw) throws Exception {
        String hashOid = CscAlgorithms.hashAlgorithm(algorithm);
        String signAlgo = CscAlgorithms.signatureAlgorithm(algorithm);
        long[] totals = new long[4];
        long wallEnd = System.nanoTime() + (long) (seconds * 6e9);
        int round = 0;
        while (totals[0] < seconds * 1e9 && System.nanoTime() < wallEnd) {
            List<byte[]> bytes = hashes(n);
            List<String> hashes = bytes.stream().map(h -> Base64.getEncoder().encodeToString(h)).toList();
            long before = System.nanoTime();
            Authorizations.Sad sad = authorizations.authorize(caller, new Authorizations.Request(serial, n, hashes,
                    hashOid, "基准测试"), PIN);
            // raw first in every other round: what the PIN check leaves running (the database's writer, the JIT)
            // weighs on both figures alike
            boolean rawFirst = !withAuthorize && round % 2 == 1;
            long rawNanos = rawFirst ? raw.sign(bytes) : 0;
            long start = System.nanoTime();
            List<String> signed = signing.sign(caller, new HashSigning.Request(serial, sad.sad(), hashes, hashOid,
                    signAlgo));
            long end = System.nanoTime();
            rawNanos += withAuthorize || rawFirst ? 0 : raw.sign(bytes);
            if (round++ > 2) {
                // the first rounds warm the path up
                count(totals, end - (withAuthorize ? before : start), signed.size(), rawNanos, n);
            }
        }
        return rates(totals);
    }

    private static void count(long[] totals, long nanos, int signatures, long rawNanos, int rawSignatures) {
        totals[0] += nanos;
        totals[1] += signatures;
        totals[2] += rawNanos;
        totals[3] += rawSignatures;
    }

    private static double[] rates(long[] totals) {
        return new double[] {totals[1] / (totals[0] / 1e9), totals[2] == 0 ? 0 : totals[3] / (totals[2] / 1e9)};
    }

    private double[] overHttp(String token, KeyAlgorithm algorithm, String serial, int n, RawKey raw)
            throws Exception {
        return overHttp(token, algorithm, serial, n, raw, false);
    }

    private double[] overHttp(String token, KeyAlgorithm algorithm, String serial, int n, RawKey raw,
            boolean twoWrites) throws Exception {
        String hashOid = CscAlgorithms.hashAlgorithm(algorithm);
        String signAlgo = CscAlgorithms.signatureAlgorithm(algorithm);
        long[] totals = new long[4];
        long serverNanos = 0;
        int calls = 0;
        long wallEnd = System.nanoTime() + (long) (seconds * 6e9);
        int round = 0;
        while (totals[0] < seconds * 1e9 && System.nanoTime() < wallEnd) {
            List<byte[]> bytes = hashes(n);
            List<String> hashes = bytes.stream().map(h -> Base64.getEncoder().encodeToString(h)).toList();
            JsonNode sad = csc(token, "credentials/authorize", Map.of("credentialID", serial, "numSignatures", n,
                    "hashes", hashes, "hashAlgorithmOID", hashOid, "authData",
                    List.of(Map.of("id", "PIN", "value", PIN))));
            long rawNanos = round % 2 == 1 ? raw.sign(bytes) : 0;
            // the partner's request is made before it is sent: the time is the call's, from sending to the answer
            byte[] body = JSON.writeValueAsBytes(Map.of("credentialID", serial, "SAD", sad.get("SAD").asText(),
                    "hashes", hashes, "hashAlgorithmOID", hashOid, "signAlgo", signAlgo));
            long server = SERVER_NANOS.get();
            long start = System.nanoTime();
            JsonNode signed = twoWrites ? cscTwoWrites(token, "signatures/signHash", body)
                    : csc(token, "signatures/signHash", body);
            long end = System.nanoTime();
            server = SERVER_NANOS.get() - server;
            rawNanos += round % 2 == 1 ? 0 : raw.sign(bytes);
            if (round++ > 2) {
                count(totals, end - start, signed.get("signatures").size(), rawNanos, n);
                serverNanos += server;
                calls++;
            }
        }
        double[] rates = rates(totals);
        return new double[] {rates[0], rates[1], serverNanos / 1e6 / Math.max(1, calls)};
    }

    private static List<byte[]> hashes(int n) {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] hash = new byte[32];
            RANDOM.nextBytes(hash);
            hashes.add(hash);
        }
        return hashes;
    }

    private record Holder(UUID account, String mobile, String token) {
    }

    /** A person registered as an applicant does it in the sandbox: captcha, SMS code, password. */
    private Holder register() throws Exception {
        String mobile = mobile();
        String login = "bench" + Long.toString(System.nanoTime(), 36);
        String code = smsCode(mobile, "REGISTER", () -> post("/api/v1/sms-challenges", null, captcha(Map.of(
                "mobile", mobile, "purpose", "REGISTER"))));
        post("/api/v1/accounts", null, Map.of("type", "PERSON", "mobile", mobile, "smsCode", code, "loginName", login,
                "realName", "张三", "email", login + "@example.com", "password", "Secret2026a"));
        String token = post("/api/v1/tokens", null, captcha(Map.of("login", login, "password", "Secret2026a")))
                .get("accessToken").asText();
        UUID account = UUID.fromString(get("/api/v1/me", token).get("accountId").asText());
        return new Holder(account, mobile, token);
    }

    private static String mobile() {
        return "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    private String issue(ConfigurableApplicationContext context, Holder holder, String handler,
            KeyAlgorithm algorithm)
            throws Exception {
        OrderManagement orders = context.getBean(OrderManagement.class);
        var fixture = Orders.anOrder().forAccount(holder.account()).forChannel(CHANNEL).through(orders);
        OrderId id = fixture.organizationDraft("云签基准有限公司", Identities.uscc(), handler, "org-cloud",
                algorithm.name());
        fixture.approvedOnPaper(id);
        CertificateManagement certificates = context.getBean(CertificateManagement.class);
        long until = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < until) {
            var held = certificates.ofOrder(id);
            if (!held.isEmpty()) {
                return held.get(0).serialHex();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no certificate issued for " + id);
    }

    private void activate(Holder holder, String handler, String serial) throws Exception {
        String path = "/api/v1/signing/credentials/" + serial;
        String code = smsCode(handler, "VERIFY", () -> post(path + "/pin/sms-code", holder.token(), null));
        post(path + "/activation", holder.token(), Map.of("smsCode", code, "pin", PIN, "pinAgain", PIN));
    }

    private interface Call {
        JsonNode run() throws Exception;
    }

    /** Sends a code and reads it from the sandbox's SMS inbox (the newest six digits to that mobile). */
    private String smsCode(String mobile, String purpose, Call send) throws Exception {
        String before = latestCode(mobile);
        send.run();
        long until = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < until) {
            String code = latestCode(mobile);
            if (code != null && !code.equals(before)) {
                return code.substring(code.indexOf(':') + 1);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no " + purpose + " code arrived for " + mobile);
    }

    private String latestCode(String mobile) throws Exception {
        JsonNode messages = get("/sandbox/api/messages?to=" + mobile, null);
        for (JsonNode message : messages.isArray() ? messages : messages.path("items")) {
            // a code message names its code ("验证码：123456", "code is 123456"); other messages to the mobile
            // (the issuance's activation notice with its serial's tail) may hold six digits too
            var digits = CODE.matcher(message.path("text").asText());
            if (digits.find()) {
                return message.path("id").asText() + ":" + (digits.group(1) != null ? digits.group(1)
                        : digits.group(2));
            }
        }
        return null;
    }

    private Map<String, Object> captcha(Map<String, Object> body) throws Exception {
        JsonNode created = post("/api/v1/captchas", null, null);
        String id = created.get("id").asText();
        Map<String, Object> with = new LinkedHashMap<>(body);
        with.put("captchaId", id);
        with.put("captchaAnswer", get("/sandbox/api/captchas/" + id, null).get("answer").asText());
        return with;
    }

    private String token(String clientId, String secret) throws Exception {
        String form = "grant_type=client_credentials&scope=signing";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((URLEncoder.encode(clientId,
                        StandardCharsets.UTF_8) + ":" + URLEncoder.encode(secret, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return read(answer).get("access_token").asText();
    }

    /**
     * A CSC call as a client that sends the request in one write makes it (as clients with {@code TCP_NODELAY} and
     * a buffered request do): HTTP/1.1 on one kept-alive socket of the bench's thread, the request line, headers and
     * JSON body in one {@code write}, the answer read by Content-Length or chunked.
     */
    private JsonNode csc(String token, String method, Map<String, Object> body) throws Exception {
        return csc(token, method, JSON.writeValueAsBytes(body));
    }

    private JsonNode csc(String token, String method, byte[] json) throws Exception {
        URI uri = URI.create(base);
        if (socket != null && System.nanoTime() - lastUse > 5_000_000_000L) {
            // idle a while (the service figures ran): a new connection, never one the server may be closing
            socket.close();
        }
        if (socket == null || socket.isClosed()) {
            socket = new java.net.Socket(uri.getHost(), uri.getPort());
            socket.setTcpNoDelay(true);
            in = new java.io.BufferedInputStream(socket.getInputStream());
        }
        byte[] head = ("POST /csc/v2/" + method + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nAccept: "
                + "application/json\r\nContent-Length: " + json.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = java.util.Arrays.copyOf(head, head.length + json.length);
        System.arraycopy(json, 0, request, head.length, json.length);
        socket.getOutputStream().write(request);
        String status = line();
        int length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String name = header.substring(0, header.indexOf(':')).strip().toLowerCase(Locale.ROOT);
            String value = header.substring(header.indexOf(':') + 1).strip();
            length = name.equals("content-length") ? Integer.parseInt(value) : length;
            chunked |= name.equals("transfer-encoding") && value.equalsIgnoreCase("chunked");
            close |= name.equals("connection") && value.equalsIgnoreCase("close");
        }
        java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
                    size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
                answer.write(in.readNBytes(size));
                line();
            }
            line();
        } else {
            answer.write(in.readNBytes(Math.max(0, length)));
        }
        if (close) {
            socket.close();
        }
        lastUse = System.nanoTime();
        int code = Integer.parseInt(status.split(" ")[1]);
        if (code >= 300) {
            throw new IllegalStateException(method + " answered " + status + " " + answer);
        }
        return JSON.readTree(answer.toByteArray());
    }

    private String line() throws java.io.IOException {
        StringBuilder text = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new java.io.EOFException("connection closed");
            }
            if (b != '\r') {
                text.append((char) b);
            }
        }
        return text.toString();
    }

    /**
     * A CSC call as a plain blocking {@code HttpURLConnection} in fixed-length streaming mode makes it (the headers
     * and the body leave in two writes), on the calling thread over
     * a kept-alive connection (the JDK's keep-alive cache), so the figure holds no hand-over between the client's own
     * threads (the JDK {@code HttpClient} hands each request to its selector thread and the answer back).
     */
    private JsonNode cscTwoWrites(String token, String method, byte[] json) throws Exception {
        java.net.HttpURLConnection connection = (java.net.HttpURLConnection) URI.create(base + "/csc/v2/" + method)
                .toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setRequestProperty("Authorization", "Bearer " + token);
        connection.setFixedLengthStreamingMode(json.length);
        try (var out = connection.getOutputStream()) {
            out.write(json);
        }
        int status = connection.getResponseCode();
        try (var in = status >= 300 ? connection.getErrorStream() : connection.getInputStream()) {
            byte[] answer = in == null ? new byte[0] : in.readAllBytes();
            if (status >= 300) {
                throw new IllegalStateException(method + " answered " + status + " "
                        + new String(answer, StandardCharsets.UTF_8));
            }
            return JSON.readTree(answer);
        }
    }

    private JsonNode post(String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "{}" : JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return read(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private JsonNode get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return read(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static JsonNode read(HttpResponse<String> answer) throws Exception {
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(answer.request().uri().getPath() + " answered " + answer.statusCode()
                    + " " + answer.body());
        }
        return answer.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(answer.body());
    }
}
