package com.certhall.verification.provider.http;

import com.certhall.verification.ProviderUnavailableException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts signed JSON to the verification service: HMAC-SHA256 over method, path, timestamp, nonce and the body's
 * SHA-256 (headers {@code X-Access-Key}, {@code X-Timestamp}, {@code X-Nonce}, {@code X-Signature}). Timeouts,
 * network errors, throttling (429) and server errors (5xx) mean the service is unavailable; otherwise the JSON
 * answer is returned for the caller to read its {@code code}.
 */
class HttpVerificationClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpVerificationProperties properties;
    private final HttpClient client;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final MeterRegistry meters;
    static final String ERRORS = "certhall.providers.errors";

    HttpVerificationClient(HttpVerificationProperties properties, Clock clock, MeterRegistry meters) {
        if (properties.baseUrl() == null || properties.accessKeySecret() == null) {
            throw new IllegalStateException("certhall.verification.http.base-url and access-key-secret are required");
        }
        this.properties = properties;
        this.client = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        this.clock = clock;
        this.meters = meters;
    }

    /** The service's JSON answer; an unavailable service is counted for the dashboards (docs/deployment.md). */
    JsonNode post(String service, String path, Map<String, ?> body) {
        try {
            return call(service, path, body);
        } catch (ProviderUnavailableException e) {
            meters.counter(ERRORS, "kind", "verification", "provider", service, "call", path, "code",
                    e.getMessage().substring(e.getMessage().indexOf(": ") + 2)).increment();
            throw e;
        }
    }

    private JsonNode call(String service, String path, Map<String, ?> body) {
        try {
            byte[] bytes = JSON.writeValueAsBytes(body);
            URI uri = URI.create(properties.baseUrl().toString().replaceAll("/$", "") + path);
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            byte[] nonce = new byte[16];
            random.nextBytes(nonce);
            String nonceHex = HexFormat.of().formatHex(nonce);
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("X-Access-Key", Objects.requireNonNullElse(properties.accessKeyId(), ""))
                    .header("X-Timestamp", timestamp)
                    .header("X-Nonce", nonceHex)
                    .header("X-Signature", sign("POST", uri.getRawPath(), timestamp, nonceHex, bytes))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
            HttpResponse<String> response = client.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 429 || response.statusCode() >= 500) {
                throw new ProviderUnavailableException(service, "HTTP " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new ProviderUnavailableException(service, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException(service, "interrupted");
        }
    }

    String sign(String method, String path, String timestamp, String nonce, byte[] body) {
        try {
            String bodyHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            String canonical = String.join("\n", method, path, timestamp, nonce, bodyHash);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.accessKeySecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 and SHA-256 are always available", e);
        }
    }
}
