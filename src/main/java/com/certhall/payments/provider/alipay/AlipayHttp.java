package com.certhall.payments.provider.alipay;

import com.certhall.payments.provider.GatewayException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One signed OpenAPI call ({@code POST gateway.do}, form-encoded common parameters plus {@code biz_content}) and the
 * check of its answer: an answer whose {@code sign} does not verify is not believed. {@code code} 10000 is success;
 * 20000 (service unavailable) and {@code ACQ.SYSTEM_ERROR} may be retried; other codes are final.
 */
final class AlipayHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AlipayProperties properties;
    private final AlipayRsa2 rsa2;
    private final String notifyUrl;
    private final HttpClient client;
    private final Clock clock;

    AlipayHttp(AlipayProperties properties, AlipayRsa2 rsa2, String notifyUrl, Clock clock) {
        this.properties = properties;
        this.rsa2 = rsa2;
        this.notifyUrl = notifyUrl;
        this.client = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        this.clock = clock;
    }

    JsonNode call(String method, Map<String, String> bizContent, boolean notify) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("app_id", properties.appId());
        form.put("method", method);
        form.put("format", "JSON");
        form.put("charset", "utf-8");
        form.put("sign_type", "RSA2");
        form.put("timestamp", AlipayGateway.TIME.format(LocalDateTime.ofInstant(clock.instant(), AlipayGateway.BEIJING)));
        form.put("version", "1.0");
        if (notify) {
            form.put("notify_url", notifyUrl);
        }
        try {
            form.put("biz_content", JSON.writeValueAsString(bizContent));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("biz_content is not JSON", e);
        }
        form.put("sign", rsa2.sign(form));
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(properties.gatewayUrl()).timeout(properties.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GatewayException("NETWORK", "Alipay did not answer (" + e.getClass().getSimpleName() + ")", true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException("SYSTEMERROR", "interrupted", true);
        }
        return answer(method, response);
    }

    private JsonNode answer(String method, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new GatewayException("HTTP_" + response.statusCode(), "Alipay is unavailable",
                    response.statusCode() >= 500 || response.statusCode() == 429);
        }
        String name = method.replace('.', '_') + "_response";
        String text = AlipayRsa2.member(response.body(), name).orElseThrow(
                () -> new GatewayException("INVALID_RESPONSE", "no " + name + " in the answer", true));
        JsonNode result;
        String signature;
        try {
            result = JSON.readTree(text);
            signature = JSON.readTree(response.body()).path("sign").asText("");
        } catch (JsonProcessingException e) {
            throw new GatewayException("INVALID_RESPONSE", "the answer is not JSON", true);
        }
        String code = result.path("code").asText();
        // Alipay signs every answer it produced; an error from before signing (bad app id) may come unsigned
        if (!signature.isEmpty() ? !rsa2.verify(text, signature) : "10000".equals(code)) {
            throw new GatewayException("SIGN_ERROR", "the answer is not signed by Alipay", false);
        }
        if (!"10000".equals(code)) {
            String subCode = result.path("sub_code").asText("");
            throw new GatewayException(subCode.isEmpty() ? code : subCode,
                    result.path("sub_msg").asText(result.path("msg").asText("refused")),
                    "20000".equals(code) || subCode.equals("ACQ.SYSTEM_ERROR"));
        }
        return result;
    }
}
