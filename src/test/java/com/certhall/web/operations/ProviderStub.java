package com.certhall.web.operations;

import com.certhall.support.StubServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMS provider and the identity verification service a production start talks to, on one local port: both take
 * JSON signed with HMAC-SHA256 over method, path, timestamp, nonce and the body's SHA-256 (docs/configuration.md,
 * "SMS provider" and "Identity verification"); a request with a wrong signature is refused with 401. Every person
 * matches at the carrier; every SMS is kept for the test to read its codes.
 */
final class ProviderStub implements AutoCloseable {

    static final String KEY_ID = "prod-start";
    static final String SECRET = "prod-start-hmac-secret-0123456789";

    private static final ObjectMapper JSON = new ObjectMapper();

    record Sms(String mobile, String content) {
    }

    private final StubServer server;
    private final List<Sms> messages = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final List<String> checks = new CopyOnWriteArrayList<>();

    ProviderStub() throws IOException {
        server = StubServer.start(Map.of("/sms/send", this::sms, "/verify/telecom/three-factor", this::threeFactor));
    }

    String base() {
        return server.uri("").toString();
    }

    List<Sms> messages() {
        return messages;
    }

    /** Requests whose signature did not verify. */
    List<String> refused() {
        return refused;
    }

    /** Names checked at the carrier. */
    List<String> checks() {
        return checks;
    }

    /** The last six-digit code sent to {@code mobile}, if any. */
    String lastCode(String mobile) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            Sms sms = messages.get(i);
            Matcher code = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)").matcher(sms.content());
            if (sms.mobile().endsWith(mobile) && code.find()) {
                return code.group(1);
            }
        }
        return null;
    }

    private void sms(HttpExchange exchange) throws IOException {
        JsonNode body = signed(exchange);
        if (body == null) {
            return;
        }
        messages.add(new Sms(body.path("phoneNumber").asText(), body.path("content").asText()));
        answer(exchange, 200, "{\"code\":\"OK\",\"bizId\":\"biz-" + messages.size() + "\"}");
    }

    private void threeFactor(HttpExchange exchange) throws IOException {
        JsonNode body = signed(exchange);
        if (body == null) {
            return;
        }
        checks.add(body.path("name").asText());
        answer(exchange, 200, "{\"code\":\"OK\"}");
    }

    private JsonNode signed(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getRawPath();
        String expected = signature(exchange.getRequestMethod(), path,
                exchange.getRequestHeaders().getFirst("X-Timestamp"), exchange.getRequestHeaders().getFirst("X-Nonce"),
                body);
        if (!KEY_ID.equals(exchange.getRequestHeaders().getFirst("X-Access-Key"))
                || !expected.equals(exchange.getRequestHeaders().getFirst("X-Signature"))) {
            refused.add(path);
            answer(exchange, 401, "{\"code\":\"SIGNATURE_MISMATCH\"}");
            return null;
        }
        return JSON.readTree(body);
    }

    static String signature(String method, String path, String timestamp, String nonce, byte[] body) {
        String bodyHash = StubServer.hex(StubServer.sha256(body));
        return Base64.getEncoder().encodeToString(StubServer.hmac("HmacSHA256", SECRET.getBytes(StandardCharsets.UTF_8),
                String.join("\n", method, path, String.valueOf(timestamp), String.valueOf(nonce), bodyHash)));
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        StubServer.answer(exchange, status, "application/json; charset=utf-8", json);
    }

    @Override
    public void close() {
        server.close();
    }
}
