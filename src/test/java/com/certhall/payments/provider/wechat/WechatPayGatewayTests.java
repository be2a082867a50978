package com.certhall.payments.provider.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentMethod;
import com.certhall.payments.provider.GatewayException;
import com.certhall.payments.provider.PaymentGateway.Closing;
import com.certhall.payments.provider.PaymentGateway.Notification;
import com.certhall.payments.provider.PaymentGateway.PaymentNotice;
import com.certhall.payments.provider.PaymentGateway.QrOrderRequest;
import com.certhall.payments.provider.PaymentGateway.RefundRequest;
import com.certhall.shared.Money;
import com.certhall.shared.SiteProperties;
import com.certhall.support.StubServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The WeChat Pay API v3 adapter against a local provider that checks and makes signatures as the real one does. */
class WechatPayGatewayTests {

    WechatPayStub stub;
    WechatPayGateway gateway;
    final PaymentId payment = PaymentId.parse("3f2c9a1e-5b7d-4c8e-9a10-6b2f4d8e1c07");

    @BeforeEach
    void start() throws Exception {
        stub = new WechatPayStub();
        gateway = gateway(stub.merchantKeyPem());
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void nativeOrderIsSignedAndAnswersTheCodeUrl() throws Exception {
        var qr = gateway.createQrOrder(new QrOrderRequest(payment, PaymentMethod.WECHAT_QR, Money.ofFen(30000),
                "CH202612050001", Instant.parse("2026-12-05T13:15:00Z")));
        assertThat(qr.qrContent()).isEqualTo("weixin://wxpay/bizpayurl?pr=3f2c9a1e");
        var sent = new ObjectMapper().readTree((String) stub.requests.get(0).get("body"));
        assertThat(sent.path("out_trade_no").asText()).isEqualTo("3f2c9a1e5b7d4c8e9a106b2f4d8e1c07");
        assertThat(sent.path("time_expire").asText()).isEqualTo("2026-12-05T21:15:00+08:00");
        assertThat(sent.path("notify_url").asText()).isEqualTo("https://ca.example.cn/api/v1/payments/callbacks/wechat");
        assertThat(sent.path("amount").path("total").asLong()).isEqualTo(30000);
        assertThat(sent.path("appid").asText()).isEqualTo(WechatPayStub.APPID);
    }

    @Test
    void aRequestSignedWithAnotherKeyIsRefusedByTheProvider() {
        WechatPayGateway wrongKey = gateway(pem(StubServer.rsa()));
        assertThatThrownBy(() -> wrongKey.createQrOrder(new QrOrderRequest(payment, PaymentMethod.WECHAT_QR,
                Money.ofFen(100), "CH1", Instant.now().plusSeconds(900))))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.code()).isEqualTo("SIGN_ERROR");
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void anAnswerNotSignedByWechatPayIsNotBelieved() {
        stub.forgeWith = StubServer.rsa();
        assertThatThrownBy(() -> gateway.createQrOrder(new QrOrderRequest(payment, PaymentMethod.WECHAT_QR,
                Money.ofFen(100), "CH1", Instant.now().plusSeconds(900))))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.code()).isEqualTo("SIGN_ERROR"));
    }

    @Test
    void closingAnUnpaidOrderClosesItAndAPaidOneAnswersItsTransaction() {
        gateway.createQrOrder(new QrOrderRequest(payment, PaymentMethod.WECHAT_QR, Money.ofFen(500), "CH1",
                Instant.now().plusSeconds(900)));
        PaymentId other = PaymentId.random();
        gateway.createQrOrder(new QrOrderRequest(other, PaymentMethod.WECHAT_QR, Money.ofFen(700), "CH2",
                Instant.now().plusSeconds(900)));
        stub.markPaid(WechatPayGateway.outTradeNo(other), "4200000000202612050001");
        assertThat(gateway.close(payment, PaymentMethod.WECHAT_QR)).isInstanceOf(Closing.Closed.class);
        assertThat(gateway.close(other, PaymentMethod.WECHAT_QR))
                .isEqualTo(new Closing.Paid("4200000000202612050001", Money.ofFen(700)));
        assertThat(gateway.close(PaymentId.random(), PaymentMethod.WECHAT_QR)).isInstanceOf(Closing.Closed.class);
    }

    @Test
    void refundsTheTransactionInFull() {
        var receipt = gateway.refund(new RefundRequest(payment, PaymentMethod.WECHAT_QR, "4200000000202612050001",
                Money.ofFen(30000), "订单取消"));
        assertThat(receipt.refundId()).isEqualTo("50000000382019052709732678859");
        assertThat(receipt.refundedAt()).isEqualTo(Instant.parse("2026-12-05T13:00:00Z"));
        assertThat((String) stub.requests.get(0).get("body")).contains("\"out_refund_no\":\"R3f2c9a1e5b7d4c8e9a106b2f4d8e1c07\"")
                .contains("\"refund\":30000").contains("\"total\":30000");
    }

    @Test
    void aSignedNotificationIsDecryptedAndRead() throws Exception {
        StringBuilder body = new StringBuilder();
        Map<String, String> headers = stub.notification(WechatPayGateway.outTradeNo(payment), "4200000000202612050001",
                30000, Instant.now().getEpochSecond(), body);
        Optional<PaymentNotice> notice = gateway.verify(PaymentMethod.WECHAT_QR,
                new Notification(Map.of(), headers, body.toString()));
        assertThat(notice).contains(new PaymentNotice(payment, "4200000000202612050001", Money.ofFen(30000), true));
    }

    @Test
    void alteredForgedOrReplayedNotificationsAreRefused() throws Exception {
        StringBuilder body = new StringBuilder();
        long now = Instant.now().getEpochSecond();
        Map<String, String> headers = stub.notification(WechatPayGateway.outTradeNo(payment), "4200000000202612050001",
                30000, now, body);
        String altered = body.toString().replace("TRANSACTION.SUCCESS", "TRANSACTION.SUCCESS ");
        assertThat(gateway.verify(PaymentMethod.WECHAT_QR, new Notification(Map.of(), headers, altered))).isEmpty();

        Map<String, String> forged = new HashMap<>(headers);
        forged.put("wechatpay-signature", WechatPayStub.sign(StubServer.rsa(),
                headers.get("wechatpay-timestamp") + "\n" + headers.get("wechatpay-nonce") + "\n" + body + "\n"));
        assertThat(gateway.verify(PaymentMethod.WECHAT_QR, new Notification(Map.of(), forged, body.toString()))).isEmpty();

        Map<String, String> otherSerial = new HashMap<>(headers);
        otherSerial.put("wechatpay-serial", "PUB_KEY_ID_SOMEONE_ELSE");
        assertThat(gateway.verify(PaymentMethod.WECHAT_QR, new Notification(Map.of(), otherSerial, body.toString())))
                .isEmpty();

        StringBuilder oldBody = new StringBuilder();
        Map<String, String> replayed = stub.notification(WechatPayGateway.outTradeNo(payment), "4200000000202612050001",
                30000, now - Duration.ofMinutes(6).toSeconds(), oldBody);
        assertThat(gateway.verify(PaymentMethod.WECHAT_QR, new Notification(Map.of(), replayed, oldBody.toString())))
                .isEmpty();
    }

    @Test
    void aTamperedCiphertextFailsItsGcmTag() throws Exception {
        StringBuilder body = new StringBuilder();
        long now = Instant.now().getEpochSecond();
        stub.notification(WechatPayGateway.outTradeNo(payment), "4200000000202612050001", 30000, now, body);
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(body.toString());
        String ciphertext = json.path("resource").path("ciphertext").asText();
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.path("resource")).put("ciphertext",
                (ciphertext.charAt(0) == 'A' ? "B" : "A") + ciphertext.substring(1));
        String tampered = json.toString();
        // re-signed by the provider's key: only the AES-GCM tag can tell
        Map<String, String> headers = Map.of("wechatpay-timestamp", Long.toString(now), "wechatpay-nonce", "n1",
                "wechatpay-serial", WechatPayStub.PLATFORM_KEY_ID, "wechatpay-signature",
                WechatPayStub.sign(stub.platform, now + "\nn1\n" + tampered + "\n"));
        assertThat(gateway.verify(PaymentMethod.WECHAT_QR, new Notification(Map.of(), headers, tampered))).isEmpty();
    }

    @Test
    void missingSettingsAreNamed() {
        assertThatThrownBy(() -> new WechatPayGateway(new WechatPayProperties(stub.origin(), WechatPayStub.APPID,
                WechatPayStub.MCHID, WechatPayStub.MERCHANT_SERIAL, null, null, WechatPayStub.API_V3_KEY,
                stub.platformKeyPem(), null, WechatPayStub.PLATFORM_KEY_ID, null, null, null),
                new SiteProperties(null, null, null, null), Clock.systemUTC()))
                .hasMessageContaining("certhall.payments.wechat.private-key");
        assertThat(properties(stub.merchantKeyPem()).toString()).doesNotContain(WechatPayStub.API_V3_KEY)
                .doesNotContain("PRIVATE KEY");
    }

    private WechatPayGateway gateway(String merchantKeyPem) {
        return new WechatPayGateway(properties(merchantKeyPem),
                new SiteProperties(null, null, "https://ca.example.cn", null), Clock.systemUTC());
    }

    private WechatPayProperties properties(String merchantKeyPem) {
        return new WechatPayProperties(stub.origin(), WechatPayStub.APPID, WechatPayStub.MCHID,
                WechatPayStub.MERCHANT_SERIAL, merchantKeyPem, null, WechatPayStub.API_V3_KEY, stub.platformKeyPem(),
                null, WechatPayStub.PLATFORM_KEY_ID, null, Duration.ofSeconds(3), null);
    }

    private static String pem(java.security.KeyPair key) {
        return "-----BEGIN PRIVATE KEY-----\n" + java.util.Base64.getMimeEncoder().encodeToString(
                key.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
    }
}
