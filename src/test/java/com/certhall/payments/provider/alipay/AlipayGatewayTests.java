package com.certhall.payments.provider.alipay;

import static com.certhall.support.StubServer.rsa;
import static com.certhall.support.StubServer.verifyRsa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentMethod;
import com.certhall.payments.provider.GatewayException;
import com.certhall.payments.provider.MerchantOrderNumber;
import com.certhall.payments.provider.PaymentGateway.Closing;
import com.certhall.payments.provider.PaymentGateway.Notification;
import com.certhall.payments.provider.PaymentGateway.PaymentNotice;
import com.certhall.payments.provider.PaymentGateway.QrOrderRequest;
import com.certhall.payments.provider.PaymentGateway.RefundRequest;
import com.certhall.shared.Money;
import com.certhall.shared.SiteProperties;
import com.certhall.support.StubServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Alipay OpenAPI adapter against a local {@code gateway.do} that checks the RSA2 request signature with the
 * application's public key and signs its answers ({@code <method>_response} text) with its own key, in the shapes
 * of the OpenAPI documentation.
 */
class AlipayGatewayTests {

    static final String APP_ID = "2021000123456789";
    final KeyPair app = rsa();
    final KeyPair alipay = rsa();
    final Map<String, Map<String, String>> received = new HashMap<>();
    Function<JsonNode, String> precreate = biz -> "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\""
            + biz.path("out_trade_no").asText() + "\",\"qr_code\":\"https://qr.alipay.com/bax03431ljhokirwl38f00a7\"}";
    Function<JsonNode, String> close = biz -> "{\"code\":\"40004\",\"msg\":\"Business Failed\","
            + "\"sub_code\":\"ACQ.TRADE_STATUS_ERROR\",\"sub_msg\":\"交易状态不合法\"}";
    KeyPair answerKey = alipay;
    StubServer server;
    AlipayGateway gateway;
    final PaymentId payment = PaymentId.parse("3f2c9a1e-5b7d-4c8e-9a10-6b2f4d8e1c07");

    @BeforeEach
    void start() throws Exception {
        server = StubServer.start("/gateway.do", exchange -> {
            Map<String, String> form = StubServer.form(
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String method = form.get("method");
            received.put(method, form);
            String name = method.replace('.', '_') + "_response";
            String result;
            if (!verifyRsa(app.getPublic(), AlipayRsa2.content(form, false), form.get("sign"))
                    || !APP_ID.equals(form.get("app_id"))) {
                result = "{\"code\":\"40002\",\"msg\":\"Invalid Arguments\",\"sub_code\":\"isv.invalid-signature\","
                        + "\"sub_msg\":\"验签出错\"}";
            } else {
                JsonNode biz = new ObjectMapper().readTree(form.get("biz_content"));
                result = switch (method) {
                    case "alipay.trade.precreate" -> precreate.apply(biz);
                    case "alipay.trade.close" -> close.apply(biz);
                    case "alipay.trade.query" -> "{\"code\":\"10000\",\"msg\":\"Success\",\"trade_no\":"
                            + "\"2026120522001100001\",\"out_trade_no\":\"" + biz.path("out_trade_no").asText()
                            + "\",\"trade_status\":\"TRADE_SUCCESS\",\"total_amount\":\"300.00\"}";
                    case "alipay.trade.refund" -> "{\"code\":\"10000\",\"msg\":\"Success\",\"trade_no\":\""
                            + biz.path("trade_no").asText() + "\",\"fund_change\":\"Y\",\"refund_fee\":\""
                            + biz.path("refund_amount").asText() + "\",\"gmt_refund_pay\":\"2026-12-05 21:00:00\"}";
                    default -> "{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_code\":\"isv.invalid-method\"}";
                };
            }
            StubServer.answer(exchange, 200, "text/html;charset=utf-8",
                    "{\"" + name + "\":" + result + ",\"sign\":\"" + sign(answerKey, result) + "\"}");
        });
        gateway = gateway(app);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void precreateIsSignedAndAnswersTheQrCode() throws Exception {
        var qr = gateway.createQrOrder(new QrOrderRequest(payment, PaymentMethod.ALIPAY_QR, Money.ofFen(30000),
                "CH202612050001", Instant.parse("2026-12-05T13:15:00Z")));
        assertThat(qr.qrContent()).isEqualTo("https://qr.alipay.com/bax03431ljhokirwl38f00a7");
        Map<String, String> form = received.get("alipay.trade.precreate");
        assertThat(form).containsEntry("sign_type", "RSA2").containsEntry("charset", "utf-8")
                .containsEntry("notify_url", "https://ca.example.cn/api/v1/payments/callbacks/alipay");
        JsonNode biz = new ObjectMapper().readTree(form.get("biz_content"));
        assertThat(biz.path("total_amount").asText()).isEqualTo("300.00");
        assertThat(biz.path("out_trade_no").asText()).isEqualTo("3f2c9a1e5b7d4c8e9a106b2f4d8e1c07");
        assertThat(biz.path("time_expire").asText()).isEqualTo("2026-12-05 21:15:00");
    }

    @Test
    void aWrongApplicationKeyIsRefusedAndAForgedAnswerIsNotBelieved() {
        assertThatThrownBy(() -> gateway(rsa()).createQrOrder(request()))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.code()).isEqualTo("isv.invalid-signature");
                    assertThat(e.retryable()).isFalse();
                });
        answerKey = rsa();
        assertThatThrownBy(() -> gateway.createQrOrder(request()))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.code()).isEqualTo("SIGN_ERROR"));
    }

    @Test
    void closingAPaidTradeAnswersItsTransactionAndAMissingOneIsClosed() {
        assertThat(gateway.close(payment, PaymentMethod.ALIPAY_QR))
                .isEqualTo(new Closing.Paid("2026120522001100001", Money.ofFen(30000)));
        close = biz -> "{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_code\":\"ACQ.TRADE_NOT_EXIST\"}";
        assertThat(gateway.close(payment, PaymentMethod.ALIPAY_QR)).isInstanceOf(Closing.Closed.class);
        close = biz -> "{\"code\":\"20000\",\"msg\":\"Service Currently Unavailable\",\"sub_code\":\"isp.unknow-error\"}";
        assertThatThrownBy(() -> gateway.close(payment, PaymentMethod.ALIPAY_QR))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void refundsTheTradeInFull() {
        var receipt = gateway.refund(new RefundRequest(payment, PaymentMethod.ALIPAY_QR, "2026120522001100001",
                Money.ofFen(30000), "订单取消"));
        assertThat(receipt.refundId()).isEqualTo("R3f2c9a1e5b7d4c8e9a106b2f4d8e1c07");
        assertThat(receipt.refundedAt()).isEqualTo(Instant.parse("2026-12-05T13:00:00Z"));
        assertThat(received.get("alipay.trade.refund").get("biz_content")).contains("\"refund_amount\":\"300.00\"");
    }

    @Test
    void aSignedNotificationIsReadAndAlteredOrForgedOnesAreRefused() {
        Map<String, String> notice = notification(alipay);
        assertThat(gateway.verify(PaymentMethod.ALIPAY_QR, Notification.ofForm(notice)))
                .contains(new PaymentNotice(payment, "2026120522001100001", Money.ofFen(30000), true));
        Map<String, String> altered = new HashMap<>(notice);
        altered.put("total_amount", "0.01");
        assertThat(gateway.verify(PaymentMethod.ALIPAY_QR, Notification.ofForm(altered))).isEmpty();
        assertThat(gateway.verify(PaymentMethod.ALIPAY_QR, Notification.ofForm(notification(rsa())))).isEmpty();
        Map<String, String> otherApp = new HashMap<>(notice);
        otherApp.put("app_id", "2021000999999999");
        otherApp.put("sign", sign(alipay, AlipayRsa2.content(otherApp, true)));
        assertThat(gateway.verify(PaymentMethod.ALIPAY_QR, Notification.ofForm(otherApp))).isEmpty();
    }

    private Map<String, String> notification(KeyPair signer) {
        Map<String, String> p = new HashMap<>();
        p.put("notify_time", "2026-12-05 21:00:01");
        p.put("notify_type", "trade_status_sync");
        p.put("notify_id", "ac05099524730693a8b330c5ecf72da9786");
        p.put("app_id", APP_ID);
        p.put("charset", "utf-8");
        p.put("version", "1.0");
        p.put("sign_type", "RSA2");
        p.put("trade_no", "2026120522001100001");
        p.put("out_trade_no", MerchantOrderNumber.of(payment));
        p.put("trade_status", "TRADE_SUCCESS");
        p.put("total_amount", "300.00");
        p.put("receipt_amount", "300.00");
        p.put("subject", "CH202612050001");
        p.put("gmt_payment", "2026-12-05 21:00:00");
        p.put("sign", sign(signer, AlipayRsa2.content(p, true)));
        return p;
    }

    private QrOrderRequest request() {
        return new QrOrderRequest(payment, PaymentMethod.ALIPAY_QR, Money.ofFen(100), "CH1",
                Instant.now().plusSeconds(900));
    }

    private AlipayGateway gateway(KeyPair appKey) {
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                appKey.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----";
        String pub = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                alipay.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----";
        return new AlipayGateway(new AlipayProperties(server.uri("/gateway.do"), APP_ID, pem, null, pub, null, null, Duration.ofSeconds(3)),
                new SiteProperties(null, null, "https://ca.example.cn", null), Clock.systemUTC());
    }

    static String sign(KeyPair key, String content) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key.getPrivate());
            s.update(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
