package com.certhall.bench;

import com.certhall.accounts.CaptchaService;
import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsCodeIssued;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * One applicant registered through the public API as a partner system would (captcha answered from the sandbox's
 * reveal, the SMS code read as the SMS sender reads it), signed in with a bearer token, with one draft order.
 */
record Applicant(String token, String orderId, int port) {

    /** A sandbox channel for persons (catalog.sandbox.DemoChannels). */
    static final String CHANNEL = "health-esign";
    private static final String PASSWORD = "Bench2026pass";
    private static final Map<String, String> CODES = new ConcurrentHashMap<>();
    private static volatile ConfigurableApplicationContext context;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads each SMS code at once, as the sandbox's SMS sender would deliver it. */
    static ApplicationListener<ApplicationEvent> smsCodes() {
        return event -> {
            if (event instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof SmsCodeIssued issued
                    && context != null) {
                context.getBean(SmsChallengeService.class).codeToSend(issued.challengeId())
                        .ifPresent(code -> CODES.put(issued.mobile(), code));
            }
        };
    }

    static Applicant register(ConfigurableApplicationContext app, int port) throws Exception {
        context = app;
        String mobile = "139" + String.format("%08d", System.nanoTime() % 100_000_000L);
        String login = "bench" + Long.toString(System.nanoTime(), 36);
        JsonNode challenge = call(port, "POST", "/api/v1/sms-challenges", null, withCaptcha(app, port,
                Map.of("mobile", mobile, "purpose", "REGISTER")));
        if (!CODES.containsKey(mobile)) {
            throw new IllegalStateException("no SMS code: " + challenge);
        }
        call(port, "POST", "/api/v1/accounts", null, Map.of("type", "PERSON", "mobile", mobile, "smsCode",
                CODES.get(mobile), "loginName", login, "realName", "张三", "email", login + "@example.com", "password",
                PASSWORD));
        String token = call(port, "POST", "/api/v1/tokens", null, withCaptcha(app, port, Map.of("login", login,
                "password", PASSWORD))).get("accessToken").asText();
        String order = call(port, "POST", "/api/v1/orders", token, Map.of("channel", CHANNEL, "type", "NEW",
                "subjectType", "PERSON", "agreementAccepted", true)).get("id").asText();
        return new Applicant(token, order, port);
    }

    String get(String path) throws Exception {
        return JSON.writeValueAsString(call(port, "GET", path, token, null));
    }

    private static Map<String, Object> withCaptcha(ConfigurableApplicationContext app, int port,
            Map<String, Object> body) throws Exception {
        String id = call(port, "POST", "/api/v1/captchas", null, null).get("id").asText();
        Map<String, Object> with = new java.util.HashMap<>(body);
        with.put("captchaId", id);
        with.put("captchaAnswer", app.getBean(CaptchaService.class).answerFor(UUID.fromString(id)).orElseThrow());
        return with;
    }

    private static JsonNode call(int port, String method, String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json").method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
