package com.certhall.notifications.provider.aliyun;

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

/** The Aliyun SMS adapter against a local endpoint that checks the RPC signature, time and nonce as Aliyun does. */
class AliyunSmsGatewayTests {

    static final String SECRET = "testAccessKeySecret+/*~ 1";
    static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    static final SmsMessage LOGIN_CODE = new SmsMessage("13812345678", "code.LOGIN", List.of("482913", "5"),
            "【CertHall】您正在登录，验证码：482913，5 分钟内有效。切勿告知他人。",
            "您正在登录，验证码：482913，5 分钟内有效。切勿告知他人。");

    AliyunSmsStub stub;

    @BeforeEach
    void start() throws IOException {
        stub = new AliyunSmsStub("LTAI5tTestKeyId", SECRET, NOW);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    AliyunSmsGateway gateway(String secret, Instant clock, Template fallback) {
        return new AliyunSmsGateway(new AliyunSmsProperties(stub.endpoint(), "LTAI5tTestKeyId", secret, "CertHall电子认证",
                null, Duration.ofSeconds(2), Map.of("code-login", new Template("SMS_465301234", List.of("code", "minutes"))),
                fallback), Clock.fixed(clock, ZoneOffset.UTC));
    }

    @Test
    void sendsTheApprovedTemplateWithNamedParametersSigned() {
        assertThat(gateway(SECRET, NOW, null).send(LOGIN_CODE)).isEqualTo("900619746936498440^0");
        Map<String, String> sent = stub.lastRequest.get();
        assertThat(sent).containsEntry("Action", "SendSms").containsEntry("Version", "2017-05-25")
                .containsEntry("PhoneNumbers", "13812345678").containsEntry("SignName", "CertHall电子认证")
                .containsEntry("TemplateCode", "SMS_465301234")
                .containsEntry("TemplateParam", "{\"code\":\"482913\",\"minutes\":\"5\"}")
                .containsEntry("Timestamp", "2026-12-05T08:00:00Z").containsEntry("SignatureMethod", "HMAC-SHA1");
    }

    @Test
    void aWrongSecretIsRefusedAsFinal() {
        assertThatThrownBy(() -> gateway("another-secret", NOW, null).send(LOGIN_CODE))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> {
                    assertThat(e.code()).isEqualTo("SignatureDoesNotMatch");
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void aReplayedRequestIsRefusedAndEachSendUsesAFreshNonce() throws Exception {
        AliyunSmsGateway gateway = gateway(SECRET, NOW, null);
        gateway.send(LOGIN_CODE);
        String captured = stub.lastBody.get();
        String firstNonce = stub.lastRequest.get().get("SignatureNonce");
        assertThat(stub.replay(captured)).isEqualTo(400);
        gateway.send(LOGIN_CODE);
        assertThat(stub.lastRequest.get().get("SignatureNonce")).isNotEqualTo(firstNonce);
    }

    @Test
    void aStaleTimestampIsRefused() {
        assertThatThrownBy(() -> gateway(SECRET, NOW.minus(Duration.ofMinutes(20)), null).send(LOGIN_CODE))
                .isInstanceOfSatisfying(SmsDeliveryException.class,
                        e -> assertThat(e.code()).isEqualTo("InvalidTimeStamp.Expired"));
    }

    @Test
    void flowControlAndSystemErrorsAreRetriedOthersAreFinal() {
        AliyunSmsGateway gateway = gateway(SECRET, NOW, null);
        stub.businessCode.set("isv.BUSINESS_LIMIT_CONTROL");
        assertThatThrownBy(() -> gateway.send(LOGIN_CODE))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> assertThat(e.retryable()).isTrue());
        stub.businessCode.set("isp.SYSTEM_ERROR");
        assertThatThrownBy(() -> gateway.send(LOGIN_CODE))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> assertThat(e.retryable()).isTrue());
        stub.businessCode.set("isv.MOBILE_NUMBER_ILLEGAL");
        assertThatThrownBy(() -> gateway.send(LOGIN_CODE)).isInstanceOfSatisfying(SmsDeliveryException.class, e -> {
            assertThat(e.code()).isEqualTo("isv.MOBILE_NUMBER_ILLEGAL");
            assertThat(e.retryable()).isFalse();
        });
    }

    @Test
    void aTemplateWithoutApprovedCodeUsesTheCatchAllOrIsRefusedWithoutCallingTheProvider() {
        SmsMessage shipment = new SmsMessage("13812345678", "shipment", List.of("A1", "顺丰", "SF1"), "【CertHall】寄出",
                "寄出");
        assertThatThrownBy(() -> gateway(SECRET, NOW, null).send(shipment))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> {
                    assertThat(e.code()).isEqualTo("TEMPLATE_NOT_CONFIGURED");
                    assertThat(e.retryable()).isFalse();
                });
        assertThat(stub.lastRequest.get()).isNull();
        gateway(SECRET, NOW, new Template("SMS_465300000", List.of("text"))).send(shipment);
        assertThat(stub.lastRequest.get()).containsEntry("TemplateCode", "SMS_465300000")
                .containsEntry("TemplateParam", "{\"text\":\"寄出\"}");
    }

    @Test
    void theSecretIsNeverInTheSettingsText() {
        assertThat(new AliyunSmsProperties(null, "id", SECRET, "s", null, null, null, null).toString())
                .doesNotContain(SECRET).contains("dysmsapi");
        assertThat(LOGIN_CODE.toString()).doesNotContain("482913").doesNotContain("12345678");
    }
}
