package com.certhall.payments.provider.wechat;

import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentMethod;
import com.certhall.payments.provider.ConditionalOnGateway;
import com.certhall.payments.provider.GatewayException;
import com.certhall.payments.provider.MerchantOrderNumber;
import com.certhall.payments.provider.PaymentGateway;
import com.certhall.payments.provider.PemKeys;
import com.certhall.shared.Money;
import com.certhall.shared.SiteProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * WeChat Pay API v3, Native payment (the payer scans a {@code weixin://wxpay/...} code): places, queries and closes
 * orders and refunds them, and verifies and decrypts payment notifications (docs/deployment.md, "WeChat Pay"). The
 * merchant order number is the payment id without hyphens (the API takes 6–32 characters).
 */
@Component
@ConditionalOnGateway("wechat")
class WechatPayGateway implements PaymentGateway {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Time limits go to the provider in Beijing time, RFC 3339 with offset, as its examples show. */
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final WechatPayProperties properties;
    private final WechatPayHttp http;
    private final WechatPaySignatures signatures;
    private final String notifyUrl;
    private final Clock clock;

    WechatPayGateway(WechatPayProperties properties, SiteProperties site, Clock clock) {
        this.properties = properties;
        require(properties.appId(), "app-id");
        require(properties.merchantId(), "merchant-id");
        require(properties.merchantSerialNumber(), "merchant-serial-number");
        require(properties.platformPublicKeyId(), "platform-public-key-id");
        this.signatures = new WechatPaySignatures(properties.merchantId(), properties.merchantSerialNumber(),
                PemKeys.privateKey(properties.privateKey(), properties.privateKeyFile(),
                        "certhall.payments.wechat.private-key"),
                PemKeys.publicKey(properties.platformPublicKey(), properties.platformPublicKeyFile(),
                        "certhall.payments.wechat.platform-public-key"),
                require(properties.apiV3Key(), "api-v3-key").getBytes(StandardCharsets.UTF_8));
        this.http = new WechatPayHttp(properties, signatures, clock);
        this.notifyUrl = properties.notifyUrl() != null ? properties.notifyUrl()
                : site.link("/api/v1/payments/callbacks/wechat");
        this.clock = clock;
    }

    @Override
    public String id() {
        return "wechat";
    }

    @Override
    public Set<PaymentMethod> methods() {
        return Set.of(PaymentMethod.WECHAT_QR);
    }

    @Override
    public QrOrder createQrOrder(QrOrderRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("appid", properties.appId());
        body.put("mchid", properties.merchantId());
        body.put("description", request.subject());
        body.put("out_trade_no", outTradeNo(request.paymentId()));
        body.put("time_expire", RFC3339.format(OffsetDateTime.ofInstant(request.expiresAt(), ZoneOffset.ofHours(8))));
        body.put("notify_url", notifyUrl);
        body.put("amount", Map.of("total", request.amount().fen(), "currency", "CNY"));
        JsonNode answer = http.call("POST", "/v3/pay/transactions/native", body);
        return new QrOrder(answer.path("code_url").asText());
    }

    @Override
    public Closing close(PaymentId paymentId, PaymentMethod method) {
        String no = outTradeNo(paymentId);
        try {
            http.call("POST", "/v3/pay/transactions/out-trade-no/" + no + "/close",
                    Map.of("mchid", properties.merchantId()));
        } catch (GatewayException e) {
            if (!"ORDERPAID".equals(e.code()) && !"ORDER_CLOSED".equals(e.code())) {
                throw e;
            }
        }
        // closing answers 204 even for some paid orders: the query says what the order is now
        JsonNode order;
        try {
            order = http.call("GET", "/v3/pay/transactions/out-trade-no/" + no + "?mchid=" + properties.merchantId(),
                    null);
        } catch (GatewayException e) {
            if ("ORDER_NOT_EXIST".equals(e.code()) || "ORDERNOTEXIST".equals(e.code())) {
                return new Closing.Closed();
            }
            throw e;
        }
        if ("SUCCESS".equals(order.path("trade_state").asText()) || "REFUND".equals(order.path("trade_state").asText())) {
            return new Closing.Paid(order.path("transaction_id").asText(),
                    Money.ofFen(order.path("amount").path("total").asLong()));
        }
        return new Closing.Closed();
    }

    @Override
    public RefundReceipt refund(RefundRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transaction_id", request.transactionId());
        // one refund per payment (a full refund): repeating it returns the same refund
        body.put("out_refund_no", "R" + outTradeNo(request.paymentId()));
        body.put("reason", request.reason().length() > 80 ? request.reason().substring(0, 80) : request.reason());
        body.put("amount", Map.of("refund", request.amount().fen(), "total", request.amount().fen(), "currency", "CNY"));
        JsonNode answer = http.call("POST", "/v3/refund/domestic/refunds", body);
        String status = answer.path("status").asText();
        if ("CLOSED".equals(status) || "ABNORMAL".equals(status)) {
            throw new GatewayException(status, "the provider could not refund (refund " + answer.path("refund_id").asText()
                    + ")", false);
        }
        Instant at = answer.hasNonNull("create_time")
                ? OffsetDateTime.parse(answer.path("create_time").asText()).toInstant() : clock.instant();
        return new RefundReceipt(answer.path("refund_id").asText(), at);
    }

    @Override
    public Optional<PaymentNotice> verify(PaymentMethod method, Notification notification) {
        String timestamp = notification.header("Wechatpay-Timestamp");
        if (!properties.platformPublicKeyId().equals(notification.header("Wechatpay-Serial"))
                || !fresh(timestamp)
                || !signatures.verify(timestamp, notification.header("Wechatpay-Nonce"),
                        notification.header("Wechatpay-Signature"), notification.body())) {
            return Optional.empty();
        }
        try {
            JsonNode event = JSON.readTree(notification.body());
            JsonNode resource = event.path("resource");
            if (!"TRANSACTION.SUCCESS".equals(event.path("event_type").asText())
                    || !"AEAD_AES_256_GCM".equals(resource.path("algorithm").asText())) {
                return Optional.empty();
            }
            JsonNode transaction = JSON.readTree(signatures.decrypt(resource.path("associated_data").asText(""),
                    resource.path("nonce").asText(), resource.path("ciphertext").asText()));
            if (!properties.merchantId().equals(transaction.path("mchid").asText())
                    || !properties.appId().equals(transaction.path("appid").asText())
                    || !"SUCCESS".equals(transaction.path("trade_state").asText())
                    || !transaction.path("transaction_id").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new PaymentNotice(paymentId(transaction.path("out_trade_no").asText()),
                    transaction.path("transaction_id").asText(),
                    Money.ofFen(transaction.path("amount").path("total").asLong()), true));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** A notification signed long ago (or in the future) is a replay, whatever its signature. */
    private boolean fresh(String timestamp) {
        try {
            Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
            return Duration.between(signedAt, clock.instant()).abs().compareTo(properties.clockSkew()) <= 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static String outTradeNo(PaymentId id) {
        return MerchantOrderNumber.of(id);
    }

    private static PaymentId paymentId(String outTradeNo) {
        return MerchantOrderNumber.parse(outTradeNo);
    }

    private static String require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("certhall.payments.wechat." + name + " is required for WeChat Pay");
        }
        return value;
    }
}
