package com.certhall.payments.provider.alipay;

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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Alipay OpenAPI, face-to-face payment (the payer scans a precreated {@code qr.alipay.com} code): precreate, query,
 * close and refund, and the RSA2 check of asynchronous notifications (docs/deployment.md, "Alipay"). Amounts go to
 * Alipay in yuan with two decimals, times in Beijing time.
 */
@Component
@ConditionalOnGateway("alipay")
class AlipayGateway implements PaymentGateway {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AlipayProperties properties;
    private final AlipayRsa2 rsa2;
    private final AlipayHttp http;
    private final Clock clock;

    AlipayGateway(AlipayProperties properties, SiteProperties site, Clock clock) {
        if (properties.appId() == null || properties.appId().isBlank()) {
            throw new IllegalStateException("certhall.payments.alipay.app-id is required for Alipay");
        }
        this.properties = properties;
        this.rsa2 = new AlipayRsa2(PemKeys.privateKey(properties.privateKey(), properties.privateKeyFile(),
                "certhall.payments.alipay.private-key"), PemKeys.publicKey(properties.alipayPublicKey(),
                properties.alipayPublicKeyFile(), "certhall.payments.alipay.alipay-public-key"));
        String notifyUrl = properties.notifyUrl() != null ? properties.notifyUrl()
                : site.link("/api/v1/payments/callbacks/alipay");
        this.http = new AlipayHttp(properties, rsa2, notifyUrl, clock);
        this.clock = clock;
    }

    @Override
    public String id() {
        return "alipay";
    }

    @Override
    public Set<PaymentMethod> methods() {
        return Set.of(PaymentMethod.ALIPAY_QR);
    }

    @Override
    public QrOrder createQrOrder(QrOrderRequest request) {
        JsonNode answer = http.call("alipay.trade.precreate", Map.of(
                "out_trade_no", MerchantOrderNumber.of(request.paymentId()),
                "total_amount", yuan(request.amount()),
                "subject", request.subject(),
                "time_expire", TIME.format(LocalDateTime.ofInstant(request.expiresAt(), BEIJING))), true);
        return new QrOrder(answer.path("qr_code").asText());
    }

    @Override
    public Closing close(PaymentId paymentId, PaymentMethod method) {
        String no = MerchantOrderNumber.of(paymentId);
        try {
            http.call("alipay.trade.close", Map.of("out_trade_no", no), false);
            return new Closing.Closed();
        } catch (GatewayException e) {
            if ("ACQ.TRADE_NOT_EXIST".equals(e.code())) {
                return new Closing.Closed();
            }
            if (!"ACQ.TRADE_STATUS_ERROR".equals(e.code())) {
                throw e;
            }
        }
        JsonNode trade = http.call("alipay.trade.query", Map.of("out_trade_no", no), false);
        String status = trade.path("trade_status").asText();
        if (status.equals("TRADE_SUCCESS") || status.equals("TRADE_FINISHED")) {
            return new Closing.Paid(trade.path("trade_no").asText(), fen(trade.path("total_amount").asText()));
        }
        return new Closing.Closed();
    }

    @Override
    public RefundReceipt refund(RefundRequest request) {
        // one full refund per payment: the same out_request_no makes a repeat return the same refund
        String requestNo = "R" + MerchantOrderNumber.of(request.paymentId());
        JsonNode answer = http.call("alipay.trade.refund", Map.of(
                "trade_no", request.transactionId(),
                "refund_amount", yuan(request.amount()),
                "refund_reason", request.reason().length() > 80 ? request.reason().substring(0, 80) : request.reason(),
                "out_request_no", requestNo), false);
        String paidAt = answer.path("gmt_refund_pay").asText("");
        return new RefundReceipt(requestNo, paidAt.isEmpty() ? clock.instant()
                : LocalDateTime.parse(paidAt, TIME).atZone(BEIJING).toInstant());
    }

    @Override
    public Optional<PaymentNotice> verify(PaymentMethod method, Notification notification) {
        Map<String, String> p = notification.parameters();
        String signature = p.get("sign");
        if (signature == null || !"RSA2".equals(p.get("sign_type"))
                || !rsa2.verify(AlipayRsa2.content(p, true), signature)
                || !properties.appId().equals(p.get("app_id"))) {
            return Optional.empty();
        }
        try {
            String status = p.get("trade_status");
            boolean paid = "TRADE_SUCCESS".equals(status) || "TRADE_FINISHED".equals(status);
            if (!paid && !"TRADE_CLOSED".equals(status)) {
                return Optional.empty();
            }
            String tradeNo = p.get("trade_no");
            if (tradeNo == null || tradeNo.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new PaymentNotice(MerchantOrderNumber.parse(p.get("out_trade_no")), tradeNo,
                    fen(p.get("total_amount")), paid));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static String yuan(Money amount) {
        return BigDecimal.valueOf(amount.fen(), 2).toPlainString();
    }

    static Money fen(String yuan) {
        return Money.ofFen(new BigDecimal(yuan).movePointRight(2).longValueExact());
    }
}
