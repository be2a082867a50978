package com.certhall.notifications.provider.tencent;

import com.certhall.notifications.SmsDeliveryException;
import com.certhall.notifications.SmsMessage;
import com.certhall.notifications.provider.SmsTemplates.Template;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Tencent Cloud SMS adapter against a local endpoint that checks TC3-HMAC-SHA256 and the request time. */
class TencentSmsGatewayTests {

    static final String KEY = "Gu5t9xGARNpq86cd98joQYCNtestkey";
    static final Instant NOW = Instant.parse("2026-12-05T23:59:30Z");
    static final SmsMessage LOGIN_CODE = new SmsMessage("13812345678", "code.LOGIN", List.of("482913", "5"),
            "【CertHall】您正在登录，验证码：482913", "您正在登录，验证码：482913");

    TencentSmsStub stub;

    @BeforeEach
    void start() throws IOException {
        stub = new TencentSmsStub("AKIDtestSecretId", KEY, NOW);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    TencentSmsGateway gateway(String key, Instant clock, Template fallback) {
        return new TencentSmsGateway(new TencentSmsProperties(stub.endpoint(), "AKIDtestSecretId", key, "1400006666",
                "CertHall电子认证", null, Duration.ofSeconds(2), Map.of("[code.LOGIN]", new Template("1847261", null)),
                fallback), Clock.fixed(clock, ZoneOffset.UTC));
    }

    @Test
    void sendsTheApprovedTemplateWithPositionalParametersSigned() {
        assertThat(gateway(KEY, NOW, null).send(LOGIN_CODE)).isEqualTo("5000:1045710669157053657849499619");
        var payload = stub.lastPayload.get();
        assertThat(payload.path("PhoneNumberSet").path(0).asText()).isEqualTo("+8613812345678");
        assertThat(payload.path("SmsSdkAppId").asText()).isEqualTo("1400006666");
        assertThat(payload.path("SignName").asText()).isEqualTo("CertHall电子认证");
        assertThat(payload.path("TemplateId").asText()).isEqualTo("1847261");
        assertThat(payload.path("TemplateParamSet").toString()).isEqualTo("[\"482913\",\"5\"]");
    }

    @Test
    void aWrongKeyIsRefusedAsFinal() {
        assertThatThrownBy(() -> gateway("wrong", NOW, null).send(LOGIN_CODE))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> {
                    assertThat(e.code()).isEqualTo("AuthFailure.SignatureFailure");
                    assertThat(e.retryable()).isFalse();
                });
        assertThat(stub.lastPayload.get()).isNull();
    }

    @Test
    void aRequestSignedMoreThanFiveMinutesAgoIsRefused() {
        assertThatThrownBy(() -> gateway(KEY, NOW.minus(Duration.ofMinutes(6)), null).send(LOGIN_CODE))
                .isInstanceOfSatisfying(SmsDeliveryException.class,
                        e -> assertThat(e.code()).isEqualTo("AuthFailure.SignatureExpire"));
    }

    @Test
    void limitsAndInternalErrorsAreRetriedOthersAreFinal() {
        TencentSmsGateway gateway = gateway(KEY, NOW, null);
        stub.statusCode.set("LimitExceeded.PhoneNumberThirtySecondLimit");
        assertThatThrownBy(() -> gateway.send(LOGIN_CODE))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> assertThat(e.retryable()).isTrue());
        stub.statusCode.set("InternalError.Timeout");
        assertThatThrownBy(() -> gateway.send(LOGIN_CODE))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> assertThat(e.retryable()).isTrue());
        stub.statusCode.set("InvalidParameterValue.IncorrectPhoneNumber");
        assertThatThrownBy(() -> gateway.send(LOGIN_CODE)).isInstanceOfSatisfying(SmsDeliveryException.class, e -> {
            assertThat(e.code()).isEqualTo("InvalidParameterValue.IncorrectPhoneNumber");
            assertThat(e.retryable()).isFalse();
        });
    }

    @Test
    void unknownTemplatesUseTheCatchAllWithTheWholeText() {
        SmsMessage shipment = new SmsMessage("13812345678", "shipment", List.of("A1"), "【CertHall】已寄出", "已寄出");
        assertThatThrownBy(() -> gateway(KEY, NOW, null).send(shipment))
                .isInstanceOfSatisfying(SmsDeliveryException.class,
                        e -> assertThat(e.code()).isEqualTo("TEMPLATE_NOT_CONFIGURED"));
        gateway(KEY, NOW, new Template("1800000", null)).send(shipment);
        assertThat(stub.lastPayload.get().path("TemplateId").asText()).isEqualTo("1800000");
        assertThat(stub.lastPayload.get().path("TemplateParamSet").toString()).isEqualTo("[\"已寄出\"]");
    }

    @Test
    void theKeyIsNeverInTheSettingsText() {
        assertThat(new TencentSmsProperties(null, "id", KEY, "1", "s", null, null, null, null).toString())
                .doesNotContain(KEY).contains("sms.tencentcloudapi.com");
    }
}
