package com.certhall.lifecycle.provider.kuaidi100;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.lifecycle.provider.Courier.Carrier;
import com.certhall.lifecycle.provider.CourierException;
import com.certhall.shared.InvalidInputException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Kuaidi100 courier against a local {@code poll/query.do} that checks the MD5 sign and SF's phone digits. */
class Kuaidi100CourierTests {

    static final String CUSTOMER = "A1B2C3D4E5F60718293A4B5C6D7E8F90";
    static final String KEY = "kuaidi100-test-key";

    Kuaidi100Stub stub;

    @BeforeEach
    void start() throws IOException {
        stub = new Kuaidi100Stub(CUSTOMER, KEY, "8899");
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    Kuaidi100Courier courier(String key) {
        return new Kuaidi100Courier(new Kuaidi100Properties(stub.endpoint(), CUSTOMER, key, "010-6288 8899", null,
                Duration.ofSeconds(3)));
    }

    @Test
    void aSignedForParcelIsDeliveredAtItsNewestTraceInBeijingTime() {
        stub.traces.put("SF1234567890123", Kuaidi100Stub.trace("shunfeng", "SF1234567890123", "3",
                "2026-12-03 14:05:00", "【北京市】您的快件已签收，签收人：前台", "2026-12-03 08:30:00", "【北京市】快件派送中",
                "2026-12-02 19:10:00", "【上海市】顺丰速运已收取快件"));

        assertThat(courier(KEY).deliveredAt(Carrier.SF, "SF1234567890123"))
                .contains(Instant.parse("2026-12-03T06:05:00Z"));

        assertThat(stub.forms).singleElement().satisfies(form -> {
            assertThat(form).containsOnlyKeys("customer", "sign", "param").containsEntry("customer", CUSTOMER);
            assertThat(form.get("param")).isEqualTo("{\"com\":\"shunfeng\",\"num\":\"SF1234567890123\",\"phone\":"
                    + "\"8899\",\"resultv2\":\"0\",\"show\":\"0\",\"order\":\"desc\"}");
            assertThat(form.get("sign")).matches("[0-9A-F]{32}");
        });
        assertThat(stub.bodies.get(0)).startsWith("customer=" + CUSTOMER + "&sign=").contains("&param=%7B%22com%22");
    }

    @Test
    void aParcelOnItsWayOrNotYetTracedIsNotDelivered() {
        stub.traces.put("EA123456789CN", Kuaidi100Stub.trace("ems", "EA123456789CN", "5",
                "2026-12-03 08:30:00", "【北京市】正在派送"));

        assertThat(courier(KEY).deliveredAt(Carrier.EMS, "EA123456789CN")).isEmpty();
        assertThat(courier(KEY).deliveredAt(Carrier.JD, "JDVA12345678901")).isEmpty();
        assertThat(stub.forms).extracting(f -> f.get("param"))
                .anySatisfy(p -> assertThat(p).contains("\"com\":\"ems\""))
                .anySatisfy(p -> assertThat(p).contains("\"com\":\"jd\""));
    }

    @Test
    void aWrongKeyIsRefusedWithKuaidi100sBadSignatureCode() {
        stub.traces.put("SF1234567890123", Kuaidi100Stub.trace("shunfeng", "SF1234567890123", "3",
                "2026-12-03 14:05:00", "已签收"));

        assertThatThrownBy(() -> courier("not-the-key").deliveredAt(Carrier.SF, "SF1234567890123"))
                .isInstanceOfSatisfying(CourierException.class, e -> assertThat(e.code()).isEqualTo("503"))
                .hasMessageContaining("验证签名失败").hasMessageContaining("check customer and key")
                .hasMessageNotContaining("not-the-key");
    }

    @Test
    void aWrongPhoneCheckIsARefusalNotAnAnswer() {
        Kuaidi100Courier noPhone = new Kuaidi100Courier(new Kuaidi100Properties(stub.endpoint(), CUSTOMER, KEY, null,
                null, null));

        assertThatThrownBy(() -> noPhone.deliveredAt(Carrier.SF, "SF1234567890123"))
                .isInstanceOfSatisfying(CourierException.class, e -> assertThat(e.code()).isEqualTo("408"));
    }

    @Test
    void registeringChecksTheWaybillAndLinksThePublicTrackingPageWithoutAQuery() {
        Kuaidi100Courier courier = courier(KEY);

        assertThat(courier.register(Carrier.SF, "SF1234567890123", "CH20261205001", "北京市海淀区"))
                .isEqualTo("https://www.kuaidi100.com/chaxun?com=shunfeng&nu=SF1234567890123");
        assertThatThrownBy(() -> courier.register(Carrier.EMS, "SF1234567890123", "CH20261205001", "北京市"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> assertThat(v.messageKey())
                                .isEqualTo("lifecycle.validation.trackingNumber.EMS")));
        assertThat(stub.forms).isEmpty();
    }

    @Test
    void missingCredentialsStopTheStart() {
        assertThatThrownBy(() -> new Kuaidi100Courier(new Kuaidi100Properties(stub.endpoint(), CUSTOMER, " ", null,
                null, null))).hasMessageContaining("CERTHALL_LIFECYCLE_COURIER_KUAIDI100_CUSTOMER");
    }

    @Test
    void theSignIsUpperCaseMd5OfParamKeyAndCustomer() {
        // MD5("abc") is 900150983cd24fb0d6963f7d28e17f72 (RFC 1321, A.5)
        assertThat(Kuaidi100Courier.sign("a", "b", "c")).isEqualTo("900150983CD24FB0D6963F7D28E17F72");
    }
}
