package com.certhall.notifications.provider.http;

import com.certhall.notifications.SmsDeliveryException;
import com.certhall.notifications.SmsGateway;
import com.certhall.notifications.provider.SmsHttp;
import com.certhall.shared.SignedJsonPost;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * An SMS provider reached over HTTPS. Each request is a JSON body signed with HMAC-SHA256 over method, path,
 * timestamp, nonce and the body's SHA-256 (the scheme of the common Chinese SMS platforms); the answer's
 * {@code code} is {@code OK} on success. Provider errors of the request (bad number, signature, template) are
 * final; throttling, server errors and timeouts are retryable.
 */
@Component
@ConditionalOnProperty(name = "certhall.notifications.sms.provider", havingValue = "http")
class HttpSmsGateway implements SmsGateway {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpSmsProperties properties;
    private final SmsHttp http;
    private final Clock clock;

    HttpSmsGateway(HttpSmsProperties properties, Clock clock) {
        this.properties = Objects.requireNonNull(properties);
        if (properties.endpoint() == null || properties.accessKeySecret() == null) {
            throw new IllegalStateException("certhall.notifications.sms.http.endpoint and access-key-secret are required");
        }
        this.http = new SmsHttp(properties.timeout());
        this.clock = clock;
    }

    @Override
    public String send(String mobile, String text) {
        try {
            byte[] body = JSON.writeValueAsBytes(Map.of("phoneNumber", mobile, "signName",
                    Objects.requireNonNullElse(properties.signName(), ""), "content", text));
            HttpRequest request = SignedJsonPost.to(properties.endpoint(), properties.accessKeyId(),
                    properties.accessKeySecret(), body, clock.instant(), properties.timeout());
            return interpret(http.exchange(request));
        } catch (IOException e) {
            throw SmsHttp.networkFailure(e);
        }
    }

    private String interpret(HttpResponse<String> response) throws IOException {
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw new SmsDeliveryException("HTTP_" + status, "provider unavailable", true);
        }
        JsonNode answer = JSON.readTree(response.body());
        String code = answer.path("code").asText("UNKNOWN");
        if (status == 200 && "OK".equals(code)) {
            return answer.path("bizId").asText();
        }
        boolean retryable = code.contains("LIMIT") || code.contains("THROTTL");
        throw new SmsDeliveryException(code, answer.path("message").asText("refused"), retryable);
    }
}
