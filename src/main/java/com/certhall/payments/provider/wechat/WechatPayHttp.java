package com.certhall.payments.provider.wechat;

import com.certhall.payments.provider.GatewayException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One signed call to WeChat Pay API v3 and the check of its answer: an answer whose {@code Wechatpay-Signature} does
 * not verify, or whose timestamp is stale, is not believed. Errors come back as {@code {code, message}}; busy and
 * server errors may be retried, request errors not.
 */
final class WechatPayHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WechatPayProperties properties;
    private final WechatPaySignatures signatures;
    private final HttpClient client;
    private final Clock clock;

    WechatPayHttp(WechatPayProperties properties, WechatPaySignatures signatures, Clock clock) {
        this.properties = properties;
        this.signatures = signatures;
        this.client = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        this.clock = clock;
    }

    /** @param pathAndQuery the canonical URL that is signed, e.g. {@code /v3/pay/transactions/native} */
    JsonNode call(String method, String pathAndQuery, @Nullable Object body) {
        String json;
        try {
            json = body == null ? "" : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request body is not JSON", e);
        }
        URI uri = URI.create(properties.apiBase().toString().replaceAll("/$", "") + pathAndQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(properties.timeout())
                .header("Accept", "application/json")
                .header("Authorization", signatures.authorization(method, uri.getRawPath()
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()), clock.instant().getEpochSecond(), json));
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GatewayException("NETWORK", "WeChat Pay did not answer (" + e.getClass().getSimpleName() + ")",
                    true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException("SYSTEMERROR", "interrupted", true);
        }
        return answer(response);
    }

    private JsonNode answer(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        if (status / 100 != 2) {
            JsonNode error = parse(body);
            String code = error.path("code").asText("HTTP_" + status);
            boolean retryable = status == 429 || status >= 500 || code.equals("SYSTEM_ERROR")
                    || code.equals("FREQUENCY_LIMITED");
            throw new GatewayException(code, error.path("message").asText("refused"), retryable);
        }
        String timestamp = response.headers().firstValue("Wechatpay-Timestamp").orElse(null);
        if (!properties.platformPublicKeyId().equals(response.headers().firstValue("Wechatpay-Serial").orElse(null))
                || !fresh(timestamp)
                || !signatures.verify(timestamp, response.headers().firstValue("Wechatpay-Nonce").orElse(null),
                        response.headers().firstValue("Wechatpay-Signature").orElse(null), body)) {
            throw new GatewayException("SIGN_ERROR", "the answer is not signed by WeChat Pay", false);
        }
        return body.isEmpty() ? JSON.createObjectNode() : parse(body);
    }

    private boolean fresh(@Nullable String timestamp) {
        try {
            Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
            return Duration.between(signedAt, clock.instant()).abs().compareTo(properties.clockSkew()) <= 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }
}
