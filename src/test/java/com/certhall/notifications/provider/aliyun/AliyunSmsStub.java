package com.certhall.notifications.provider.aliyun;

import com.certhall.support.StubServer;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A local Aliyun SMS endpoint: it checks the RPC signature (HMAC-SHA1 over the sorted, percent-encoded form),
 * the AccessKey id, the timestamp (15 minutes) and that no SignatureNonce comes twice, and answers in the
 * provider's JSON shape. Its own encoding and signing are written from the provider's documented steps, not
 * taken from the adapter.
 */
final class AliyunSmsStub extends StubServer.Stub {

    final AtomicReference<String> businessCode = new AtomicReference<>("OK");
    final AtomicReference<Map<String, String>> lastRequest = new AtomicReference<>();
    final AtomicReference<String> lastBody = new AtomicReference<>();
    private final Set<String> nonces = new HashSet<>();
    private final String keyId;
    private final String secret;
    private final Instant now;

    AliyunSmsStub(String keyId, String secret, Instant now) throws IOException {
        super("/");
        this.keyId = keyId;
        this.secret = secret;
        this.now = now;
    }

    /** Replays a request body as an eavesdropper would. */
    int replay(String body) throws IOException, InterruptedException {
        var client = HttpClient.newHttpClient();
        return client.send(HttpRequest.newBuilder(endpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Override
    protected synchronized void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        lastBody.set(body);
        Map<String, String> form = StubServer.form(body);
        String signature = form.remove("Signature");
        lastRequest.set(Map.copyOf(form));
        if (!"POST".equals(exchange.getRequestMethod()) || !keyId.equals(form.get("AccessKeyId"))) {
            answer(exchange, 404, "InvalidAccessKeyId.NotFound");
            return;
        }
        if (!expectedSignature(form).equals(signature)) {
            answer(exchange, 400, "SignatureDoesNotMatch");
            return;
        }
        if (Duration.between(Instant.parse(form.get("Timestamp")), now).abs().toMinutes() >= 15) {
            answer(exchange, 400, "InvalidTimeStamp.Expired");
            return;
        }
        if (!nonces.add(form.get("SignatureNonce"))) {
            answer(exchange, 400, "SignatureNonceUsed");
            return;
        }
        answer(exchange, businessCode.get().startsWith("isp.") ? 500 : 200, businessCode.get());
    }

    private String expectedSignature(Map<String, String> sortedWithoutSignature) {
        StringBuilder query = new StringBuilder();
        sortedWithoutSignature.forEach((name, value) -> query.append(query.isEmpty() ? "" : "&")
                .append(encode(name)).append('=').append(encode(value)));
        String stringToSign = "POST&" + encode("/") + "&" + encode(query.toString());
        return Base64.getEncoder().encodeToString(
                StubServer.hmac("HmacSHA1", (secret + "&").getBytes(StandardCharsets.UTF_8), stringToSign));
    }

    /** RFC 3986: every byte outside A-Z a-z 0-9 - _ . ~ as %XY. */
    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-_.~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static void answer(HttpExchange exchange, int status, String code) throws IOException {
        String json = "OK".equals(code)
                ? "{\"Message\":\"OK\",\"RequestId\":\"F655A8D5-B967-440B-8683-DAD6FF8DE990\",\"Code\":\"OK\","
                        + "\"BizId\":\"900619746936498440^0\"}"
                : "{\"Message\":\"refused\",\"RequestId\":\"F655A8D5-B967-440B-8683-DAD6FF8DE990\",\"Code\":\""
                        + code + "\"}";
        StubServer.answer(exchange, status, "application/json;charset=utf-8", json);
    }
}
