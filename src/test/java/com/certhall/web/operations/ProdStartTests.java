package com.certhall.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.Captcha;
import com.certhall.accounts.CaptchaService;
import com.certhall.catalog.sandbox.ProdStartLauncher;
import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentSamples;
import com.certhall.orders.Identities;
import com.certhall.support.Eventually;
import com.certhall.support.OrderApi;
import com.certhall.support.TestEnvironment;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The prod profile as an operator runs it (docs/deployment.md), in JVMs of its own so that the suite's contexts stay
 * as they are: on PostgreSQL, with the SMS provider and the verification service as local stubs that check their
 * signatures, SMTP on GreenMail, no QR provider ({@code none}: bank transfer) and no tax platform ({@code none}).
 * {@code ca init} creates the CAs (meanwhile a start without a tax platform choice stops with what to set), the
 * server starts, the sandbox is not there, and an applicant's order walks from registration to an issued
 * certificate, its invoice waiting for finance. Needs PostgreSQL ({@code CERTHALL_TEST_DB=
 * postgresql}, as in CI); skipped elsewhere outside CI.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class ProdStartTests {

    static final String ADMIN = "caadmin";
    static final String ADMIN_PASSWORD = "Prod-Start-2026!";
    static final Duration START = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void theProdProfileStartsOnPostgresqlRefusesTheSandboxAndIssuesACertificate() throws Exception {
        TestEnvironment.requireTool(TestEnvironment.usePostgres(), "PostgreSQL (CERTHALL_TEST_DB=postgresql)");
        String database = "prod" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String jdbcUrl = createDatabase(database);
        int port = freePort();
        int smtpPort = freePort();
        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try (ProviderStub providers = new ProviderStub()) {
            Map<String, String> env = environment(jdbcUrl, port, smtpPort, providers);
            // beside it, on a database of its own: a start that left the tax platform unset stops, saying what to set
            Map<String, String> unset = new HashMap<>(environment(createDatabase(database + "x"), port, smtpPort,
                    providers));
            unset.remove("CERTHALL_INVOICING_PLATFORM");
            unset.put("CERTHALL_DATA_DIR", dir.resolve("refused").toString());
            Process refused = launch(unset, dir.resolve("refused.log"), "--server.port=0");
            Process init = launch(env, dir.resolve("ca-init.log"), "ca", "init", "--algorithms=ecc");
            assertThat(init.waitFor(START.toSeconds(), TimeUnit.SECONDS)).as("ca init ends").isTrue();
            assertThat(init.exitValue()).as(tail(dir.resolve("ca-init.log"))).isZero();
            assertThat(Files.readString(dir.resolve("ca-init.log"))).contains("ecc-issuing");
            assertThat(refused.waitFor(START.toSeconds(), TimeUnit.SECONDS)).as("the unset start stops").isTrue();
            assertThat(refused.exitValue()).isNotZero();
            assertThat(Files.readString(dir.resolve("refused.log")))
                    .contains("certhall.invoicing.platform (CERTHALL_INVOICING_PLATFORM) is ''")
                    .contains("set it to 'none'").doesNotContain("required a bean of type");

            Process server = launch(env, dir.resolve("server.log"), "--server.port=" + port);
            try {
                awaitReady(server, port);
                TestRestTemplate http = new TestRestTemplate(new RestTemplateBuilder()
                        .rootUri("http://127.0.0.1:" + port));
                sandboxIsNotThere(http);
                walkAnOrderToACertificate(http, jdbcUrl, providers);
                assertThat(providers.refused()).as("every provider call was signed right").isEmpty();
                assertThat(mail.getReceivedMessages()).as("e-mail went through SMTP").isNotEmpty();
            } finally {
                server.destroy();
                if (!server.waitFor(20, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
        } finally {
            mail.stop();
        }
    }

    private static void sandboxIsNotThere(TestRestTemplate http) {
        for (String page : List.of("/sandbox", "/sandbox/inbox", "/sandbox/cashier", "/sandbox/tax",
                "/sandbox/api/inbox", "/sandbox/test-login")) {
            assertThat(http.getForEntity(page, String.class).getStatusCode().value()).as(page).isEqualTo(404);
        }
        assertThat(http.postForEntity("/sandbox/api/identities", Map.of("name", "x"), String.class)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(http.getForEntity("/api/v1/channels", String.class).getBody()).doesNotContain("coal-trade");
    }

    private void walkAnOrderToACertificate(TestRestTemplate http, String jdbcUrl, ProviderStub providers) {
        CaptchaService captchas = new StoredCaptchaAnswers(jdbcUrl);
        AccountsClient accounts = new AccountsClient(http, captchas, null);
        String admin = accounts.token(ADMIN, ADMIN_PASSWORD);
        // the applicant registers with an SMS code from the provider
        String mobile = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String login = "p" + Long.toString(System.nanoTime(), 36);
        assertThat(accounts.requestCode(mobile, "REGISTER").getStatusCode().value()).isEqualTo(202);
        Map<String, Object> person = accounts.person(mobile, login);
        person.put("smsCode", codeTo(providers, mobile, null));
        assertThat(http.postForEntity("/api/v1/accounts", person, Map.class).getStatusCode().value())
                .isEqualTo(202);
        OrderApi api = new OrderApi(accounts, accounts.token(login, AccountsClient.PASSWORD));

        Map<String, Object> subject = OrderApi.organization("生产检验科技有限公司", Identities.uscc(), mobile, true);
        String id = api.draft("bid-cloud", "ORGANIZATION", subject);
        Map legalRep = (Map) ((Map) subject.get("organization")).get("legalRep");
        // the legal representative handles the order himself: every party is checked on his mobile
        for (int round = 0; round < 3 && !((List) api.order(id).get("unverifiedParties")).isEmpty(); round++) {
            String party = (String) ((List) api.order(id).get("unverifiedParties")).get(0);
            telecomCheck(api, providers, id, "ORGANIZATION".equals(party) ? "LEGAL_REP" : party, mobile);
            Eventually.await(party + " recorded", Duration.ofSeconds(20),
                    () -> api.order(id).get("unverifiedParties"), left -> !((List) left).contains(party));
        }
        assertThat(providers.checks()).contains((String) legalRep.get("name"));
        long total = api.chooseOneYear(id, "org-cloud", 1, "EC_P256");
        Map<String, Object> invoiceStep = new HashMap<>(OrderApi.invoice());
        invoiceStep.put("wanted", true);
        invoiceStep.put("email", "books@example.com");
        api.save(id, "invoice", invoiceStep);
        api.save(id, "delivery", Map.of("method", "NONE"));
        byte[] jpeg = DocumentSamples.image(DocumentFormat.JPEG, 120, 80);
        for (String kind : List.of("BUSINESS_LICENSE", "ID_FRONT", "ID_BACK")) {
            api.attach(id, kind, kind.toLowerCase() + ".jpg", jpeg);
        }
        String before = providers.lastCode(mobile);
        api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/signature-code", null), 202);
        assertThat(api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/submission", Map.of("smsCode",
                codeTo(providers, mobile, before), "agreementAccepted", true))).get("status"))
                .isEqualTo("PENDING_PAYMENT");

        // no QR provider: the order offers bank transfer, finance confirms the voucher
        ResponseEntity<Map> qr = api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/payments",
                Map.of("method", "WECHAT_QR", "amountFen", total));
        assertThat(qr.getStatusCode().value()).as(String.valueOf(qr.getBody())).isBetween(400, 499);
        Map payment = api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/payments",
                Map.of("method", "BANK_TRANSFER", "amountFen", total)), 201);
        String pid = (String) payment.get("paymentId");
        api.ok(api.multipart(HttpMethod.POST, "/api/v1/payments/" + pid + "/vouchers", "PAYMENT_VOUCHER",
                "voucher.jpg", jpeg), 201);
        api.ok(accounts.call(HttpMethod.POST, "/api/v1/admin/payments/" + pid + "/confirmation", admin,
                Map.of("decision", "CONFIRM")), 200);
        api.awaitStatus(id, s -> !"PENDING_PAYMENT".equals(s), "order paid");
        api.approve(id, admin);

        api.awaitStatus(id, "COMPLETED"::equals, "order completed");
        List<Map> certificates = (List<Map>) api.order(id).get("certificates");
        assertThat(certificates).singleElement().satisfies(c -> assertThat(c).containsEntry("status", "VALID"));
        ResponseEntity<String> pem = http.exchange("/api/v1/certificates/" + certificates.get(0).get("serialHex")
                + "?chain=true", HttpMethod.GET, OrderApi.bearer(api.token(), "application/x-pem-file"), String.class);
        assertThat(pem.getBody()).contains("BEGIN CERTIFICATE");

        // no tax platform: the invoice waits for finance
        Map invoice = Eventually.await("invoice waiting for finance", Duration.ofSeconds(40), () -> {
            List<Map> latest = accounts.http().exchange("/api/v1/admin/invoices", HttpMethod.GET,
                    OrderApi.bearer(admin, "application/json"), List.class).getBody();
            return latest.stream().filter(i -> id.equals(i.get("orderId"))).findFirst().orElse(Map.of());
        }, i -> "MANUAL".equals(i.get("status")));
        assertThat(invoice).containsEntry("kind", "BLUE");
    }

    private static void telecomCheck(OrderApi api, ProviderStub providers, String id, String party, String mobile) {
        String before = providers.lastCode(mobile);
        Map started = api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/verifications",
                Map.of("party", party, "method", "TELECOM_3F")), 201);
        Map answered = api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/verifications/"
                + started.get("verificationId") + "/answers", Map.of("smsCode", codeTo(providers, mobile, before))));
        assertThat(answered.get("status")).isEqualTo("PASSED");
    }

    /** The newest code the provider delivered to {@code mobile} that is not {@code previous}. */
    private static String codeTo(ProviderStub providers, String mobile, String previous) {
        return Eventually.await("SMS code to " + mobile, Duration.ofSeconds(30), () -> providers.lastCode(mobile),
                code -> code != null && !code.equals(previous));
    }

    private Map<String, String> environment(String jdbcUrl, int port, int smtpPort, ProviderStub providers) {
        Map<String, String> env = new HashMap<>();
        env.put("CERTHALL_DATA_DIR", dir.resolve("data").toString());
        env.put("CERTHALL_DB_URL", jdbcUrl);
        env.put("CERTHALL_DB_USER", pgUser());
        env.put("CERTHALL_DB_PASSWORD", pgPassword());
        env.put("CERTHALL_BASE_URL", "http://127.0.0.1:" + port);
        env.put("CERTHALL_DATA_PROTECTION_KEY", randomKey());
        env.put("CERTHALL_DOCUMENTS_ENCRYPTION_KEY", randomKey());
        env.put("CERTHALL_PKI_KEYSTORE_PASSWORD", "prod-start-" + UUID.randomUUID());
        env.put("CERTHALL_ACCOUNTS_ADMIN_USERNAME", ADMIN);
        env.put("CERTHALL_ACCOUNTS_ADMIN_PASSWORD_HASH", "{bcrypt}" + new BCryptPasswordEncoder(4).encode(ADMIN_PASSWORD));
        env.put("CERTHALL_PAYMENTS_GATEWAY", "none");
        env.put("CERTHALL_INVOICING_PLATFORM", "none");
        env.put("CERTHALL_NOTIFICATIONS_SMS_PROVIDER", "http");
        env.put("CERTHALL_NOTIFICATIONS_SMS_HTTP_ENDPOINT", providers.base() + "/sms/send");
        env.put("CERTHALL_NOTIFICATIONS_SMS_HTTP_ACCESSKEYID", ProviderStub.KEY_ID);
        env.put("CERTHALL_NOTIFICATIONS_SMS_HTTP_ACCESSKEYSECRET", ProviderStub.SECRET);
        env.put("CERTHALL_NOTIFICATIONS_SMS_HTTP_SIGNNAME", "CertHall");
        env.put("CERTHALL_VERIFICATION_PROVIDER", "http");
        env.put("CERTHALL_VERIFICATION_HTTP_BASEURL", providers.base() + "/verify");
        env.put("CERTHALL_VERIFICATION_HTTP_ACCESSKEYID", ProviderStub.KEY_ID);
        env.put("CERTHALL_VERIFICATION_HTTP_ACCESSKEYSECRET", ProviderStub.SECRET);
        env.put("CERTHALL_SMTP_HOST", "127.0.0.1");
        env.put("CERTHALL_SMTP_PORT", Integer.toString(smtpPort));
        // plain lines in the test's log file; JSON lines are the default under prod
        env.put("CERTHALL_LOG_FORMAT", "");
        return env;
    }

    /**
     * The application JVM: the main code and its libraries from this JVM's class path, without the test classes
     * (their configurations would be scanned), plus the launcher alone.
     */
    private Process launch(Map<String, String> env, Path log, String... args) throws IOException {
        Path launcher = ProdStartLauncher.class.getProtectionDomain().getCodeSource().getLocation().getPath()
                .transform(Path::of);
        Path only = dir.resolve("launcher");
        Path pkg = Path.of(ProdStartLauncher.class.getPackageName().replace('.', '/'));
        Files.createDirectories(only.resolve(pkg));
        try (Stream<Path> files = Files.list(launcher.resolve(pkg))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("ProdStartLauncher")).toList()) {
                Files.copy(file, only.resolve(pkg).resolve(file.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank() && !Path.of(entry).normalize().equals(launcher.normalize())) {
                entries.add(entry);
            }
        }
        entries.add(only.toString());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", String.join(java.io.File.pathSeparator,
                entries), ProdStartLauncher.class.getName(), "--spring.profiles.active=prod"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    private static void awaitReady(Process server, int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("the prod server stopped").isTrue();
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the prod server was not ready within " + START);
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 6000));
        } catch (IOException e) {
            return "no log: " + e;
        }
    }

    private static String createDatabase(String name) throws SQLException {
        String adminUrl = pgAdminUrl();
        try (Connection c = DriverManager.getConnection(adminUrl, pgUser(), pgPassword());
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }

    private static String pgAdminUrl() {
        return Optional.ofNullable(System.getenv("CERTHALL_TEST_PG_URL"))
                .orElse("jdbc:postgresql://127.0.0.1:55432/postgres");
    }

    private static String pgUser() {
        return Optional.ofNullable(System.getenv("CERTHALL_TEST_PG_USER")).orElse("postgres");
    }

    private static String pgPassword() {
        return Optional.ofNullable(System.getenv("CERTHALL_TEST_PG_PASSWORD")).orElse("");
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        ThreadLocalRandom.current().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Reads a captcha's answer where the server keeps it, as the test's stand-in for a person reading the image. */
    private record StoredCaptchaAnswers(String jdbcUrl) implements CaptchaService {

        @Override
        public Captcha create() {
            throw new UnsupportedOperationException("the server draws captchas");
        }

        @Override
        public void check(String captchaId, String answer) {
            throw new UnsupportedOperationException("the server checks captchas");
        }

        @Override
        public Optional<String> answerFor(UUID captchaId) {
            try (Connection c = DriverManager.getConnection(jdbcUrl, pgUser(), pgPassword());
                    PreparedStatement s = c.prepareStatement("SELECT answer FROM accounts_captcha WHERE id = ?")) {
                s.setObject(1, captchaId);
                try (ResultSet row = s.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
