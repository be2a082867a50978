package com.certhall.web.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

    private final HttpServer server;
    private final List<Sms> messages = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final List<String> checks = new CopyOnWriteArrayList<>();

    ProviderStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms/send", this::sms);
        server.createContext("/verify/telecom/three-factor", this::threeFactor);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
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
        try {
            String bodyHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(String.join("\n", method, path,
                    String.valueOf(timestamp), String.valueOf(nonce), bodyHash).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
