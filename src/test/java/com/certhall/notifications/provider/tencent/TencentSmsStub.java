package com.certhall.notifications.provider.tencent;

import static com.certhall.support.StubServer.answer;
import static com.certhall.support.StubServer.hex;
import static com.certhall.support.StubServer.hmac;
import static com.certhall.support.StubServer.sha256;

import com.certhall.support.StubServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A local Tencent Cloud SMS endpoint (API 3.0): it rebuilds the TC3-HMAC-SHA256 canonical request from what it
 * received (method, path, Content-Type and Host headers, body), checks the signature and credential scope, refuses
 * a request time more than five minutes off ({@code AuthFailure.SignatureExpire}, the provider's replay guard), and
 * answers in the provider's JSON shape.
 */
final class TencentSmsStub extends StubServer.Stub {

    private static final ObjectMapper JSON = new ObjectMapper();

    final AtomicReference<String> statusCode = new AtomicReference<>("Ok");
    final AtomicReference<JsonNode> lastPayload = new AtomicReference<>();
    private final String secretId;
    private final String secretKey;
    private final Instant now;

    TencentSmsStub(String secretId, String secretKey, Instant now) throws IOException {
        super("/");
        this.secretId = secretId;
        this.secretKey = secretKey;
        this.now = now;
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        var headers = exchange.getRequestHeaders();
        String timestamp = headers.getFirst("X-TC-Timestamp");
        String date = LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(timestamp)), ZoneOffset.UTC).toString();
        String canonical = "POST\n" + exchange.getRequestURI().getRawPath() + "\n\ncontent-type:"
                + headers.getFirst("Content-Type") + "\nhost:" + headers.getFirst("Host") + "\n\ncontent-type;host\n"
                + hex(sha256(body));
        String scope = date + "/sms/tc3_request";
        String toSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + scope + "\n"
                + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac("HmacSHA256", ("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        String expected = "TC3-HMAC-SHA256 Credential=" + secretId + "/" + scope
                + ", SignedHeaders=content-type;host, Signature=" + hex(hmac("HmacSHA256",
                        hmac("HmacSHA256", hmac("HmacSHA256", key, "sms"), "tc3_request"), toSign));
        if (!"SendSms".equals(headers.getFirst("X-TC-Action")) || !"2021-01-11".equals(headers.getFirst("X-TC-Version"))) {
            error(exchange, "InvalidAction");
        } else if (!expected.equals(headers.getFirst("Authorization"))) {
            error(exchange, "AuthFailure.SignatureFailure");
        } else if (Math.abs(now.getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            error(exchange, "AuthFailure.SignatureExpire");
        } else {
            JsonNode payload = JSON.readTree(body);
            lastPayload.set(payload);
            String code = statusCode.get();
            if (code.startsWith("InternalError") || code.startsWith("RequestLimitExceeded")) {
                error(exchange, code);
                return;
            }
            json(exchange, "{\"Response\":{\"SendStatusSet\":[{\"SerialNo\":\"5000:1045710669157053657849499619\","
                    + "\"PhoneNumber\":\"" + payload.path("PhoneNumberSet").path(0).asText() + "\",\"Fee\":1,"
                    + "\"SessionContext\":\"\",\"Code\":\"" + code + "\",\"Message\":\"send success\","
                    + "\"IsoCode\":\"CN\"}],\"RequestId\":\"a0aabda6-cf91-4f3e-a81f-9198114a2279\"}}");
        }
    }

    private static void error(HttpExchange exchange, String code) throws IOException {
        json(exchange, "{\"Response\":{\"Error\":{\"Code\":\"" + code + "\",\"Message\":\"refused\"},"
                + "\"RequestId\":\"b2b1c8d4-6a0e-4f55-9c0b-0f6c5cbd8a51\"}}");
    }

    /** The provider answers 200 with JSON, errors included. */
    private static void json(HttpExchange exchange, String json) throws IOException {
        answer(exchange, 200, "application/json", json);
    }
}
