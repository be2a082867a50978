package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.OrderApi;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Issue 14, entry points (2nd bullet), over REST as a partner calls it: USCC and captcha → the masked handlers on
 * record → an SMS code to the one picked → the subject's certificates with status and actions. An unknown subject gets
 * answers of the same shape (decoy handlers, a "sent" code that never matches), stable across tries.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class CertificateQueryTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccountsClient accounts;
    @Autowired
    OrderManagement orders;
    @Autowired
    CertificateManagement certificates;

    @Test
    void aHandlerOnRecordSeesTheSubjectsCertificates() {
        String mobile = AccountsTestSupport.newMobile();
        String uscc = Identities.uscc();
        String serial = cloudCertificate(mobile, uscc);

        assertThat(fields(start(accounts, "91110108000", true), 400)).containsExactly("subjectCode");
        assertThat(fields(start(accounts, uscc, false), 400)).containsExactly("captchaAnswer");
        Map started = ok(start(accounts, " " + uscc.substring(0, 9) + " " + uscc.substring(9).toLowerCase(), true),
                201);
        String id = (String) started.get("queryId");
        assertThat((List<Map>) started.get("handlers")).singleElement().satisfies(h -> assertThat(h)
                .containsEntry("index", 0).containsEntry("role", "HANDLER").containsEntry("name", "王**")
                .containsEntry("mobile", mobile.substring(0, 3) + "****" + mobile.substring(7)));

        assertThat(fields(http.postForEntity("/api/v1/certificate-queries/" + id + "/sms", Map.of("handler", 3),
                Map.class), 400)).containsExactly("handler");
        Map sent = ok(http.postForEntity("/api/v1/certificate-queries/" + id + "/sms", Map.of("handler", 0),
                Map.class), 202);
        assertThat(sent.get("maskedMobile")).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
        String code = accounts.recorder().codeFor(mobile);
        String wrong = code.equals("000000") ? "111111" : "000000";
        ResponseEntity<Map> refused = confirm(id, wrong);
        assertThat(fields(refused, 400)).containsExactly("smsCode");
        Map result = ok(confirm(id, code), 200);
        assertThat((List<Map>) result.get("certificates")).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("serialHex", serial).containsEntry("status", "VALID")
                    .containsEntry("medium", "CLOUD").containsEntry("subjectName", ApprovedOrders.ORG_NAME);
            assertThat((List<Map>) c.get("actions")).extracting(a -> a.get("action")).contains("REVOKE")
                    .doesNotContain("UNLOCK");
        });
        assertThat(confirm(id, code).getStatusCode().value()).as("a query answers once").isEqualTo(409);
    }

    @Test
    void anUnknownSubjectGetsAnswersOfTheSameShape() {
        String unknown = Identities.uscc();
        Map first = ok(start(accounts, unknown, true), 201);
        Map second = ok(start(accounts, unknown, true), 201);
        assertThat(first.keySet()).containsExactlyInAnyOrder("queryId", "handlers", "expiresAt");
        List<Map> handlers = (List<Map>) first.get("handlers");
        assertThat(handlers).isNotEmpty().allSatisfy(h -> {
            assertThat(h.keySet()).containsExactlyInAnyOrder("index", "role", "name", "mobile");
            assertThat((String) h.get("mobile")).matches("1[358]\\d\\*{4}\\d{4}");
            assertThat((String) h.get("name")).matches("\\p{IsHan}\\*+");
        });
        assertThat(second.get("handlers")).as("the same decoys on every try").isEqualTo(handlers);
        String id = (String) first.get("queryId");
        Map sent = ok(http.postForEntity("/api/v1/certificate-queries/" + id + "/sms", Map.of("handler", 0),
                Map.class), 202);
        assertThat(sent.keySet()).containsExactlyInAnyOrder("maskedMobile", "expiresAt", "resendAfter");
        ResponseEntity<Map> refused = confirm(id, "123456");
        assertThat(fields(refused, 400)).containsExactly("smsCode");
        assertThat(((List<Map>) refused.getBody().get("errors")).get(0)).containsEntry("code", "wrong");
    }

    private ResponseEntity<Map> start(AccountsClient accounts, String subjectCode, boolean rightCaptcha) {
        Map<String, Object> body = new HashMap<>(accounts.captcha());
        if (!rightCaptcha) {
            body.put("captchaAnswer", "XXXX");
        }
        body.put("subjectCode", subjectCode);
        return http.postForEntity("/api/v1/certificate-queries", body, Map.class);
    }

    private ResponseEntity<Map> confirm(String id, String code) {
        return http.postForEntity("/api/v1/certificate-queries/" + id + "/confirmation", Map.of("smsCode", code),
                Map.class);
    }

    private String cloudCertificate(String mobile, String uscc) {
        OrderView order = new ApprovedOrders(orders).cloudOrganization(UUID.randomUUID(), mobile, uscc,
                "EC_P256");
        Eventually.await("issued", Duration.ofSeconds(30), () -> orders.get(order.id()).status(),
                s -> s == OrderStatus.COMPLETED);
        return certificates.ofOrder(order.id()).get(0).serialHex();
    }

    private static Map ok(ResponseEntity<Map> response, int status) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
        return response.getBody();
    }

    private static List<String> fields(ResponseEntity<Map> response, int status) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
        return OrderApi.fields(response);
    }
}
