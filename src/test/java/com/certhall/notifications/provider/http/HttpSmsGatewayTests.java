package com.certhall.notifications.provider.http;

import com.certhall.notifications.SmsDeliveryException;
import com.sun.net.httpserver.HttpServer;
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
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP SMS adapter against a local provider that checks signatures the way the real one does. */
class HttpSmsGatewayTests {

    static final String SECRET = "test-secret-123";
    HttpServer server;
    final AtomicReference<String> answer = new AtomicReference<>("{\"code\":\"OK\",\"bizId\":\"biz-1\"}");
    final AtomicReference<Integer> status = new AtomicReference<>(200);
    final AtomicReference<String> receivedBody = new AtomicReference<>();
    HttpSmsGateway gateway;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms/send", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            receivedBody.set(new String(body, StandardCharsets.UTF_8));
            String expected = sign(exchange.getRequestHeaders().getFirst("X-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Nonce"), body);
            boolean valid = expected.equals(exchange.getRequestHeaders().getFirst("X-Signature"))
                    && "key-1".equals(exchange.getRequestHeaders().getFirst("X-Access-Key"));
            byte[] out = (valid ? answer.get() : "{\"code\":\"SignatureDoesNotMatch\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(valid ? status.get() : 400, out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        });
        server.start();
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms/send");
        gateway = new HttpSmsGateway(new HttpSmsProperties(endpoint, "key-1", SECRET, "CertHall", Duration.ofSeconds(2)),
                Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sendsSignedJsonAndReturnsTheProviderId() {
        assertThat(gateway.send("13812345678", "【CertHall】验证码 123456")).isEqualTo("biz-1");
        assertThat(receivedBody.get()).contains("13812345678").contains("验证码 123456").contains("CertHall");
    }

    @Test
    void requestErrorsAreFinal() {
        answer.set("{\"code\":\"isv.MOBILE_NUMBER_ILLEGAL\",\"message\":\"bad number\"}");
        status.set(400);
        assertThatThrownBy(() -> gateway.send("14012345678", "x")).isInstanceOfSatisfying(SmsDeliveryException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("isv.MOBILE_NUMBER_ILLEGAL");
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void throttlingAndServerErrorsAreRetryable() {
        answer.set("{\"code\":\"isv.BUSINESS_LIMIT_CONTROL\"}");
        status.set(400);
        assertThatThrownBy(() -> gateway.send("13812345678", "x"))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> assertThat(e.retryable()).isTrue());
        status.set(503);
        assertThatThrownBy(() -> gateway.send("13812345678", "x"))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> {
                    assertThat(e.code()).isEqualTo("HTTP_503");
                    assertThat(e.retryable()).isTrue();
                });
    }

    @Test
    void unreachableProviderIsRetryable() {
        server.stop(0);
        assertThatThrownBy(() -> gateway.send("13812345678", "x"))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void secretNeverAppearsInToString() {
        assertThat(new HttpSmsProperties(URI.create("https://sms.example"), "k", SECRET, "s", null).toString())
                .doesNotContain(SECRET);
    }

    private static String sign(String timestamp, String nonce, byte[] body) {
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(
                    String.join("\n", "POST", "/sms/send", timestamp, nonce, hash).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
