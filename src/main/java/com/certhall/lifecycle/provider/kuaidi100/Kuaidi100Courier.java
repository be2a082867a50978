package com.certhall.lifecycle.provider.kuaidi100;

import com.certhall.lifecycle.provider.Courier;
import com.certhall.lifecycle.provider.CourierException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Kuaidi100's real-time tracking query ({@code poll/query.do}): a form POST of {@code customer}, {@code param} (the
 * query as JSON) and {@code sign} = upper-case hex MD5 of {@code param + key + customer}. The answer's {@code state}
 * 3 (签收) with the newest trace's time means delivered; {@code returnCode} 500 means the carrier has no trace yet;
 * any other {@code returnCode} (503 bad signature, 601 expired key or no quota, 400 bad query, 408 phone check) is a
 * refusal. Register only checks the waybill and links Kuaidi100's public tracking page: the delivery watch polls.
 */
@Component
@ConditionalOnProperty(name = "certhall.lifecycle.courier.provider", havingValue = "kuaidi100")
class Kuaidi100Courier implements Courier {

    /** Kuaidi100 writes trace times in Beijing time without a zone. */
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Kuaidi100Properties properties;
    private final HttpClient client;

    Kuaidi100Courier(Kuaidi100Properties properties) {
        if (blank(properties.customer()) || blank(properties.key())) {
            throw new IllegalStateException("certhall.lifecycle.courier.kuaidi100.customer and key "
                    + "(CERTHALL_LIFECYCLE_COURIER_KUAIDI100_CUSTOMER, _KEY) are required with "
                    + "certhall.lifecycle.courier.provider=kuaidi100");
        }
        this.properties = properties;
        this.client = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    /** Kuaidi100's company code of a carrier. */
    static String company(Carrier carrier) {
        return switch (carrier) {
            case SF -> "shunfeng";
            case EMS -> "ems";
            case JD -> "jd";
        };
    }

    @Override
    public String register(Carrier carrier, String trackingNumber, String orderNumber, String destination) {
        carrier.requireWaybill(trackingNumber);
        return properties.trackingPage().replace("{com}", company(carrier)).replace("{num}", trackingNumber);
    }

    @Override
    public Optional<Instant> deliveredAt(Carrier carrier, String trackingNumber) {
        ObjectNode query = JSON.createObjectNode().put("com", company(carrier)).put("num", trackingNumber);
        if (!blank(properties.senderPhone())) {
            String digits = properties.senderPhone().replaceAll("\\D", "");
            query.put("phone", digits.substring(Math.max(0, digits.length() - 4)));
        }
        query.put("resultv2", "0").put("show", "0").put("order", "desc");
        String param = query.toString();
        String body = "customer=" + form(properties.customer()) + "&sign=" + form(sign(param, properties.key(),
                properties.customer())) + "&param=" + form(param);
        HttpRequest request = HttpRequest.newBuilder(properties.endpoint()).timeout(properties.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CourierException("NETWORK", "Kuaidi100 unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CourierException("INTERRUPTED", "the Kuaidi100 query was interrupted");
        }
        return interpret(response, trackingNumber);
    }

    private static Optional<Instant> interpret(HttpResponse<String> response, String trackingNumber) {
        if (response.statusCode() != 200) {
            throw new CourierException("HTTP_" + response.statusCode(), "Kuaidi100 answered HTTP "
                    + response.statusCode());
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new CourierException("HTTP_200", "Kuaidi100's answer is not JSON");
        }
        String returnCode = answer.path("returnCode").asText("");
        if (!returnCode.isEmpty() || answer.path("result").isBoolean() && !answer.path("result").asBoolean()) {
            if ("500".equals(returnCode)) {
                return Optional.empty();
            }
            throw new CourierException(returnCode, "Kuaidi100 refused the query for " + trackingNumber
                    + ": returnCode " + returnCode + " " + answer.path("message").asText("")
                    + ("503".equals(returnCode) ? " (check customer and key)" : ""));
        }
        if (!"200".equals(answer.path("status").asText()) || !trackingNumber.equalsIgnoreCase(answer.path("nu")
                .asText(trackingNumber))) {
            throw new CourierException("status_" + answer.path("status").asText(), "Kuaidi100 answered status "
                    + answer.path("status").asText() + " for " + answer.path("nu").asText());
        }
        if (!"3".equals(answer.path("state").asText())) {
            return Optional.empty();
        }
        return StreamSupport.stream(answer.path("data").spliterator(), false)
                .map(trace -> time(trace.path("ftime").asText(trace.path("time").asText())))
                .flatMap(Optional::stream).max(Instant::compareTo);
    }

    private static Optional<Instant> time(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text, TIME).atZone(BEIJING).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Upper-case hex MD5 of {@code param + key + customer}, as Kuaidi100's API documentation defines it. */
    static String sign(String param, String key, String customer) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5")
                    .digest((param + key + customer).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is always available", e);
        }
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
