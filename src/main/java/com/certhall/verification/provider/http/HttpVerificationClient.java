package com.certhall.verification.provider.http;

import com.certhall.shared.SignedJsonPost;
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
import java.time.Clock;
import java.util.Map;

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
            meters.counter(ERRORS, "kind", "verification", "provider", service, "call", path, "code", e.detail())
                    .increment();
            throw e;
        }
    }

    private JsonNode call(String service, String path, Map<String, ?> body) {
        try {
            byte[] bytes = JSON.writeValueAsBytes(body);
            URI uri = URI.create(properties.baseUrl().toString().replaceAll("/$", "") + path);
            HttpRequest request = SignedJsonPost.to(uri, properties.accessKeyId(), properties.accessKeySecret(), bytes,
                    clock.instant(), properties.timeout());
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
}
