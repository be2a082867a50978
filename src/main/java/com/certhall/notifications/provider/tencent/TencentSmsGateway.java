package com.certhall.notifications.provider.tencent;

import com.certhall.notifications.SmsDeliveryException;
import com.certhall.notifications.SmsMessage;
import com.certhall.notifications.provider.SmsHttp;
import com.certhall.notifications.provider.SmsTemplates;
import com.certhall.notifications.provider.TemplateSmsGateway;
import com.certhall.shared.Hmac;
import com.certhall.shared.Sha256;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Tencent Cloud SMS (API 3.0, version 2021-01-11, action {@code SendSms}), signed with TC3-HMAC-SHA256: a
 * canonical request over method, path, the signed headers {@code content-type;host} and the body's SHA-256, a key
 * derived from the SecretKey through date, service and {@code tc3_request}, and the request time, which the provider
 * refuses when older than five minutes (its replay guard). Templates are approved ids with positional parameters
 * (docs/configuration.md, "SMS provider"). Rate limits and internal errors may succeed later; the rest is final.
 */
@Component
@ConditionalOnProperty(name = "certhall.notifications.sms.provider", havingValue = "tencent")
class TencentSmsGateway implements TemplateSmsGateway {

    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TencentSmsProperties properties;
    private final SmsHttp http;
    private final Clock clock;

    TencentSmsGateway(TencentSmsProperties properties, Clock clock) {
        if (properties.secretId() == null || properties.secretKey() == null || properties.sdkAppId() == null
                || properties.signName() == null) {
            throw new IllegalStateException("certhall.notifications.sms.tencent.secret-id, secret-key, sdk-app-id "
                    + "and sign-name are required with certhall.notifications.sms.provider=tencent");
        }
        this.properties = properties;
        this.http = new SmsHttp(properties.timeout());
        this.clock = clock;
    }

    @Override
    public String send(SmsMessage message) {
        SmsTemplates.Resolved resolved = properties.template(message.template());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("PhoneNumberSet", List.of("+86" + message.mobile()));
        payload.put("SmsSdkAppId", properties.sdkAppId());
        payload.put("SignName", properties.signName());
        payload.put("TemplateId", resolved.template().id());
        payload.put("TemplateParamSet", resolved.wholeText() ? List.of(message.body()) : message.params());
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the payload is strings", e);
        }
        long timestamp = clock.instant().getEpochSecond();
        String host = properties.endpoint().getRawAuthority();
        HttpRequest request = HttpRequest.newBuilder(properties.endpoint()).timeout(properties.timeout())
                .header("Authorization", authorization(properties.secretId(), properties.secretKey(), host,
                        timestamp, body))
                .header("Content-Type", CONTENT_TYPE)
                .header("X-TC-Action", "SendSms")
                .header("X-TC-Timestamp", Long.toString(timestamp))
                .header("X-TC-Version", "2021-01-11")
                .header("X-TC-Region", properties.region())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return interpret(http.exchange(request));
    }

    private static String interpret(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status != 200) {
            throw new SmsDeliveryException("HTTP_" + status, "provider unavailable", status >= 500 || status == 429);
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body()).path("Response");
        } catch (IOException e) {
            throw new SmsDeliveryException("MALFORMED", "the answer is not JSON", true);
        }
        JsonNode error = answer.path("Error");
        if (!error.isMissingNode()) {
            String code = error.path("Code").asText("UNKNOWN");
            throw new SmsDeliveryException(code, error.path("Message").asText("refused"), retryable(code));
        }
        JsonNode sent = answer.path("SendStatusSet").path(0);
        String code = sent.path("Code").asText("UNKNOWN");
        if ("Ok".equals(code)) {
            return sent.path("SerialNo").asText();
        }
        throw new SmsDeliveryException(code, sent.path("Message").asText("refused"), retryable(code));
    }

    private static boolean retryable(String code) {
        return code.startsWith("InternalError") || code.startsWith("RequestLimitExceeded")
                || code.startsWith("LimitExceeded") || "FailedOperation.InsufficientBalanceInSmsPackage".equals(code);
    }

    /** {@code TC3-HMAC-SHA256 Credential=…/date/sms/tc3_request, SignedHeaders=content-type;host, Signature=…}. */
    static String authorization(String secretId, String secretKey, String host, long timestamp, byte[] body) {
        String date = DATE.format(Instant.ofEpochSecond(timestamp));
        String canonicalRequest = String.join("\n", "POST", "/", "",
                "content-type:" + CONTENT_TYPE + "\nhost:" + host + "\n", "content-type;host", Sha256.hex(body));
        String scope = date + "/sms/tc3_request";
        String toSign = String.join("\n", "TC3-HMAC-SHA256", Long.toString(timestamp), scope,
                Sha256.hex(canonicalRequest));
        byte[] key = Hmac.sha256(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = Hmac.sha256(key, "sms");
        key = Hmac.sha256(key, "tc3_request");
        String signature = HexFormat.of().formatHex(Hmac.sha256(key, toSign));
        return "TC3-HMAC-SHA256 Credential=" + secretId + "/" + scope + ", SignedHeaders=content-type;host, Signature="
                + signature;
    }
}
