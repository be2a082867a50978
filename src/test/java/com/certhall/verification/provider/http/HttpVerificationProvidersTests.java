package com.certhall.verification.provider.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.shared.BankCardNumber;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.ResidentIdNumber;
import com.certhall.shared.Uscc;
import com.certhall.verification.ProviderUnavailableException;
import com.certhall.verification.provider.FaceLiveness;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The production adapters against a local service that checks signatures the way the real one does. */
class HttpVerificationProvidersTests {

    static final String SECRET = "verify-secret";
    static final ResidentIdNumber ID = ResidentIdNumber.parse("id", "11010519491231002X");
    HttpServer server;
    final Map<String, String> answers = new ConcurrentHashMap<>();
    final Map<String, String> received = new ConcurrentHashMap<>();
    HttpVerificationProviders providers;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.put(path, new String(body, StandardCharsets.UTF_8));
            boolean valid = sign(path, exchange.getRequestHeaders().getFirst("X-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Nonce"), body)
                    .equals(exchange.getRequestHeaders().getFirst("X-Signature"));
            String answer = valid ? answers.getOrDefault(path, "{\"code\":\"OK\"}") : "{\"code\":\"BAD_SIGNATURE\"}";
            int status = answer.startsWith("HTTP ") ? Integer.parseInt(answer.substring(5)) : 200;
            byte[] out = (status == 200 ? answer : "{}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        });
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
        providers = new HttpVerificationProviders(new HttpVerificationProperties(base, "key-1", SECRET,
                Duration.ofSeconds(2)), Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC), meters);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void signedThreeFactorMatchAndMismatch() {
        MobileNumber mobile = MobileNumber.parse("m", "13800138000");
        assertThat(providers.check("张三", ID, mobile).consistent()).isTrue();
        assertThat(received.get("/api/telecom/three-factor")).contains("13800138000").contains("张三");
        answers.put("/api/telecom/three-factor", "{\"code\":\"MISMATCH\"}");
        assertThat(providers.check("张三", ID, mobile).code()).isEqualTo("MISMATCH");
    }

    @Test
    void fourFactorDepositAndFaceReadTheAnswers() {
        answers.put("/api/bankcard/four-factor", "{\"code\":\"CARD_INVALID\"}");
        assertThat(providers.check("张三", ID, BankCardNumber.parse("c", "6217000000001234560"),
                MobileNumber.parse("m", "13800138000")).consistent()).isFalse();

        answers.put("/api/corporate/deposits", "{\"code\":\"OK\",\"reference\":\"P123\"}");
        var deposit = providers.deposit("示例公司", Uscc.parse("u", "91110000600037341L"), "工行", "0200004509000123456",
                37, "memo");
        assertThat(deposit.paid()).isTrue();
        assertThat(deposit.reference()).isEqualTo("P123");
        assertThat(received.get("/api/corporate/deposits")).contains("\"amountFen\":37");

        answers.put("/api/face/sessions", "{\"code\":\"OK\",\"sessionId\":\"s1\",\"url\":\"https://face.example/h5/s1\"}");
        assertThat(providers.start("张三", ID).url()).isEqualTo("https://face.example/h5/s1");
        answers.put("/api/face/results", "{\"code\":\"OK\",\"outcome\":\"FAILED\",\"reason\":\"NOT_LIVE\"}");
        assertThat(providers.result("s1")).isEqualTo(new FaceLiveness.Result(FaceLiveness.Outcome.FAILED, "NOT_LIVE"));
    }

    @Test
    void serverErrorsAndThrottlingMeanTryAgainLater() {
        answers.put("/api/telecom/three-factor", "HTTP 503");
        assertThatThrownBy(() -> providers.check("张三", ID, MobileNumber.parse("m", "13800138000")))
                .isInstanceOf(ProviderUnavailableException.class);
        answers.put("/api/face/results", "HTTP 429");
        assertThatThrownBy(() -> providers.result("s1")).isInstanceOf(ProviderUnavailableException.class);
        assertThat(meters.counter("certhall.providers.errors", "kind", "verification", "provider", "TELECOM", "call",
                "/telecom/three-factor", "code", "HTTP 503").count()).isEqualTo(1.0);
        assertThat(meters.find("certhall.providers.errors").tag("provider", "FACE").counter().count()).isEqualTo(1.0);
    }

    static String sign(String path, String timestamp, String nonce, byte[] body) {
        try {
            String canonical = String.join("\n", "POST", path, timestamp, nonce,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
