package com.certhall.notifications.provider.aliyun;

import com.certhall.notifications.SmsDeliveryException;
import com.certhall.notifications.SmsMessage;
import com.certhall.notifications.provider.SmsHttp;
import com.certhall.notifications.provider.SmsTemplates;
import com.certhall.notifications.provider.TemplateSmsGateway;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Aliyun SMS ({@code dysmsapi}, version 2017-05-25, action {@code SendSms}) over its RPC API: the parameters are
 * sorted, percent-encoded (RFC 3986 unreserved characters kept) and signed with HMAC-SHA1 keyed by the AccessKey
 * secret plus {@code &}; a fresh {@code SignatureNonce} per request is the provider's replay guard. Aliyun sends
 * only approved templates, so the platform's template name picks one (docs/configuration.md, "SMS provider").
 * Flow control, system errors and a reused nonce may succeed later; every other refusal is final.
 */
@Component
@ConditionalOnProperty(name = "certhall.notifications.sms.provider", havingValue = "aliyun")
class AliyunSmsGateway implements TemplateSmsGateway {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RETRYABLE = Set.of("isp.SYSTEM_ERROR", "ServiceUnavailable",
            "InternalError", "SignatureNonceUsed", "isv.BUSINESS_LIMIT_CONTROL", "isv.DAY_LIMIT_CONTROL");

    private final AliyunSmsProperties properties;
    private final SmsHttp http;
    private final Clock clock;

    AliyunSmsGateway(AliyunSmsProperties properties, Clock clock) {
        if (properties.accessKeyId() == null || properties.accessKeySecret() == null
                || properties.signName() == null) {
            throw new IllegalStateException("certhall.notifications.sms.aliyun.access-key-id, access-key-secret "
                    + "and sign-name are required with certhall.notifications.sms.provider=aliyun");
        }
        this.properties = properties;
        this.http = new SmsHttp(properties.timeout());
        this.clock = clock;
    }

    @Override
    public String send(SmsMessage message) {
        SmsTemplates.Resolved resolved = properties.template(message.template());
        Map<String, String> params = new TreeMap<>();
        params.put("AccessKeyId", properties.accessKeyId());
        params.put("Action", "SendSms");
        params.put("Format", "JSON");
        params.put("RegionId", properties.regionId());
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureNonce", UUID.randomUUID().toString());
        params.put("SignatureVersion", "1.0");
        params.put("Timestamp", TIMESTAMP.format(clock.instant()));
        params.put("Version", "2017-05-25");
        params.put("PhoneNumbers", message.mobile());
        params.put("SignName", properties.signName());
        params.put("TemplateCode", resolved.template().id());
        params.put("TemplateParam", templateParam(resolved, message));
        String canonical = canonicalQuery(params);
        String signature = sign(properties.accessKeySecret(), "POST", canonical);
        HttpRequest request = HttpRequest.newBuilder(properties.endpoint()).timeout(properties.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(canonical + "&Signature=" + percentEncode(signature)))
                .build();
        return interpret(http.exchange(request));
    }

    private static String templateParam(SmsTemplates.Resolved resolved, SmsMessage message) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> names = resolved.template().params();
        if (resolved.wholeText()) {
            values.put(names.isEmpty() ? "content" : names.get(0), message.body());
        } else {
            for (int i = 0; i < names.size() && i < message.params().size(); i++) {
                values.put(names.get(i), message.params().get(i));
            }
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("template parameters are strings", e);
        }
    }

    private static String interpret(HttpResponse<String> response) {
        int status = response.statusCode();
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new SmsDeliveryException("HTTP_" + status, "the answer is not JSON", status >= 500 || status == 429);
        }
        String code = answer.path("Code").asText("HTTP_" + status);
        if (status == 200 && "OK".equals(code)) {
            return answer.path("BizId").asText();
        }
        boolean retryable = status >= 500 || status == 429 || RETRYABLE.contains(code) || code.startsWith("Throttling");
        throw new SmsDeliveryException(code, answer.path("Message").asText("refused"), retryable);
    }

    /** The sorted {@code name=value} pairs, both percent-encoded, joined by {@code &}. */
    static String canonicalQuery(Map<String, String> sorted) {
        return sorted.entrySet().stream().map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** Base64(HMAC-SHA1(secret + "&", method + "&%2F&" + percentEncode(canonical query))). */
    static String sign(String secret, String method, String canonicalQuery) {
        String toSign = method + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is always available", e);
        }
    }

    /** RFC 3986 percent-encoding: form encoding with space as %20, * as %2A and ~ kept. */
    static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
