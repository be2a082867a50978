package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentSamples;
import com.certhall.orders.FacadeOrders;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.Orders;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.OrderApi;
import com.certhall.support.TestClock;
import com.certhall.support.TestEnvironment;
import com.certhall.verification.IdentityChecks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lifecycle orders of a certificate through the REST API as a partner system calls them (docs/lifecycle.md), in a
 * cloud channel (bid-cloud) and a UKEY channel (plateau-trade), one certificate after the other: a renewal (after the
 * proof of possession: a cloud certificate's signing PIN, or the UKEY's PIN for the token to sign the challenge) with
 * nothing changed (SMS signature only, auto-approved, paid), an information change (full checks, materials, review),
 * a reissue (old certificate {@code keyCompromise} the moment it is approved), an unlock (a UKEY's UNLOCK order and
 * the token's response code; a cloud certificate's PIN reset with the signing service) and the holder's revocation
 * (revoked within the request). Each step ends in what {@code openssl ocsp} says of the old and the new certificate.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class LifecycleOrderJourneyTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccountsClient accounts;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    OrderManagement orders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @TempDir
    Path dir;

    private OrderApi api;
    private CertificateChecks certs;
    private String staff;

    @AfterEach
    void channelTermsBack() {
        jdbc.update("delete from catalog_lifecycle_term where channel_code in ('bid-cloud', 'plateau-trade')");
    }

    @Test
    void cloudCertificateRenewedChangedReissuedAndRevoked() throws Exception {
        walk("bid-cloud", "org-cloud", null, "WECHAT_QR", List.of("BUSINESS_LICENSE", "ID_FRONT", "ID_BACK"));
    }

    @Test
    void ukeyCertificateRenewedChangedReissuedAndRevoked() throws Exception {
        walk("plateau-trade", "org-ukey", "MAIL", "ALIPAY_QR",
                List.of("BUSINESS_LICENSE", "ID_FRONT", "ID_BACK", "SIGNATURE_PAGE"));
    }

    private void walk(String channel, String product, String delivery, String payBy, List<String> materials)
            throws Exception {
        TestEnvironment.requireCommand("openssl");
        api = OrderApi.register(accounts);
        certs = new CertificateChecks(api, dir);
        staff = api.staff("admin");
        String mobile = AccountsTestSupport.newMobile();
        String uscc = Identities.uscc();
        Map<String, Object> subject = OrderApi.organization("测试科技有限公司", uscc, mobile, true);
        String first = issuedOnPaper(channel, product, delivery, subject, mobile);

        // the certificate shows what it allows and why not; renewal opens 90 days before notAfter by default
        Map cert = certificate(first);
        Map renew = action(cert, "RENEW");
        assertThat(renew).containsEntry("allowed", false).containsEntry("reasonCode", "renewalWindow");
        assertThat((String) renew.get("reason")).isEqualTo("可于 " + cert.get("renewableFrom") + " 起更新");
        assertThat(action(cert, "REVOKE")).containsEntry("allowed", true)
                .containsEntry("link", "/certificates/" + first + "/revocation");
        assertThat(action(cert, "UNLOCK")).containsEntry("allowed", delivery != null)
                .containsEntry("link", "/certificates/" + first + "/unlock");
        ResponseEntity<Map> early = start("RENEWAL", first, null);
        assertThat(early.getStatusCode().value()).isEqualTo(409);
        assertThat(OrderApi.fields(early)).containsExactly("certificateSerial");
        assertThat((String) early.getBody().get("detail")).contains("起更新");
        assertThat(start("RENEWAL", "abcdef0123", null).getStatusCode().value()).isEqualTo(400);

        // 1. renewal, nothing changed: the SMS signature is the check, approved at once, the channel's price paid
        jdbc.update("insert into catalog_lifecycle_term (channel_code, service, offered, price_fen, window_days) "
                + "values (?, 'RENEWAL', true, null, 366)", channel);
        // the key proves possession first: a cloud certificate's signing PIN lets it sign a server challenge, a
        // UKEY's PIN (from the SMS that came with it) lets the token sign it
        ResponseEntity<Map> unproven = start("RENEWAL", first, null);
        assertThat(unproven.getStatusCode().value()).isEqualTo(409);
        assertThat(OrderApi.fields(unproven)).containsExactly("certificateSerial");
        assertThat((String) unproven.getBody().get("detail")).contains(delivery == null ? "签名口令" : "UKEY 口令");
        String pin;
        if (delivery == null) {
            activate(first, mobile);
            pin = PIN;
        } else {
            pin = new UkeyPossession(http).pin(mobile, (String) cert.get("orderNumber"));
        }
        api.ok(accounts.call(HttpMethod.POST, "/api/v1/certificates/" + first + "/possession-proof",
                api.token(), Map.of("pin", pin)), 201);
        Map renewal = api.ok(start("RENEWAL", first, null), 201);
        String renewalId = (String) renewal.get("id");
        assertThat(renewal).containsEntry("type", "RENEWAL").containsEntry("certificateSerial", first)
                .containsEntry("status", "DRAFT");
        assertThat(((Map) ((Map) renewal.get("subject")).get("organization")).get("name")).isEqualTo("测试科技有限公司");
        assertThat((List<Map>) renewal.get("lines")).singleElement()
                .satisfies(l -> assertThat(l).containsEntry("productCode", product));
        ResponseEntity<Map> twice = start("RENEWAL", first, null);
        assertThat(twice.getStatusCode().value()).isEqualTo(409);
        assertThat(OrderApi.fields(twice)).containsExactly("certificateSerial");
        Map submitted = submit(renewalId, mobile);
        assertThat(submitted).containsEntry("status", "PENDING_PAYMENT");
        assertThat((List<Map>) submitted.get("history")).extracting(h -> h.get("action")).contains("autoApprove");
        api.payByQr(renewalId, payBy, ((Number) renewal.get("totalFen")).longValue());
        String second = issued(renewalId, delivery != null);
        ocsp(first, "revoked", "superseded");
        ocsp(second, "good", null);

        // 2. information change: a new name, full checks, the channel's materials, review
        Map change = api.ok(start("CHANGE", second, null), 201);
        String changeId = (String) change.get("id");
        Map<String, Object> renamed = OrderApi.organization("测试科技（集团）有限公司", uscc, mobile, true);
        api.save(changeId, "subject", renamed);
        ResponseEntity<Map> otherSubject = api.put(changeId, "subject",
                OrderApi.organization("测试科技有限公司", Identities.uscc(), mobile, true));
        assertThat(OrderApi.fields(otherSubject)).containsExactly("organization.uscc");
        fullChecksAndMaterials(changeId, renamed, materials);
        payReviewed(changeId, payBy, ((Number) change.get("totalFen")).longValue());
        String third = issued(changeId, delivery != null);
        ocsp(second, "revoked", "superseded");
        assertThat(certs.subject(certs.download(third))).contains("CN=测试科技(集团)有限公司");

        // 3. reissue: checks and review; the old certificate is revoked keyCompromise as soon as it is approved
        Map reissue = api.ok(start("REISSUE", third, null), 201);
        String reissueId = (String) reissue.get("id");
        assertThat(api.put(reissueId, "subject", renamed).getStatusCode().value()).isEqualTo(409);
        fullChecksAndMaterials(reissueId, renamed, materials);
        api.payByQr(reissueId, payBy, ((Number) reissue.get("totalFen")).longValue());
        api.awaitPaid(reissueId);
        assertThat(api.approve(reissueId, staff)).isIn("APPROVED", "ISSUING", "ISSUED", "COMPLETED");
        ocsp(third, "revoked", "keyCompromise");
        String fourth = issued(reissueId, delivery != null);
        ocsp(fourth, "good", null);

        // 4. unlock: a locked key gets a new PIN after an identity check and signs again; the certificate stays good
        if (delivery != null) {
            unlockUkey(fourth, mobile);
        } else {
            unlockCloud(fourth, mobile);
        }
        ocsp(fourth, "good", null);

        // 5. the holder revokes: a reason from RFC 5280 in words, the SMS signature, revoked within the request
        ResponseEntity<Map> noReason = start("REVOCATION", fourth, "because");
        assertThat(OrderApi.fields(noReason)).containsExactly("reason");
        Map revocation = api.ok(start("REVOCATION", fourth, "cessationOfOperation"), 201);
        assertThat(revocation).containsEntry("totalFen", 0);
        Map done = submit((String) revocation.get("id"), mobile);
        assertThat(done).containsEntry("status", "COMPLETED");
        ocsp(fourth, "revoked", "cessationOfOperation");
        assertThat(certificate(fourth)).containsEntry("status", "REVOKED");
        assertThat(action(certificate(fourth), "RENEW")).containsEntry("allowed", false)
                .containsEntry("reasonCode", "revoked");
        String tail = fourth.substring(fourth.length() - 4).toUpperCase();
        Eventually.await("revocation SMS", Duration.ofSeconds(30), () -> messages(mobile),
                texts -> texts.stream().anyMatch(t -> t.contains(tail) && t.contains("停止使用")));
    }

    /** A certificate issued for an order on the paper path (subject as the API takes it); its serial. */
    private String issuedOnPaper(String channel, String product, String delivery, Map<String, Object> subject,
            String mobile) {
        UUID account = UUID.fromString((String) api.ok(api.call(HttpMethod.GET, "/api/v1/me", null)).get("accountId"));
        FacadeOrders fixture = Orders.anOrder().forAccount(account).forChannel(channel).through(orders);
        OrderId id = fixture.organizationDraft("测试科技有限公司", (String) ((Map) subject.get("organization")).get("uscc"),
                mobile, product, "EC_P256");
        api.save(id.toString(), "subject", subject);
        if (delivery != null) {
            fixture.delivery(id, delivery, mobile);
        }
        fixture.approvedOnPaper(id);
        return issued(id.toString(), delivery != null);
    }

    /** The order's certificate once issued (a UKEY produced by the operator first); its serial. */
    private String issued(String orderId, boolean ukey) {
        if (ukey) {
            api.awaitStatus(orderId, "APPROVED"::equals, "approved");
            String operator = api.staff("operator");
            Eventually.await("produced", Duration.ofSeconds(30), () -> accounts.call(HttpMethod.POST,
                    "/api/v1/admin/orders/" + orderId + "/production", operator, null).getStatusCode().value(),
                    s -> s == 200);
        }
        api.awaitStatus(orderId, s -> "COMPLETED".equals(s) || "ISSUED".equals(s), "issued");
        List<Map> issued = (List<Map>) api.order(orderId).get("certificates");
        assertThat(issued).hasSize(1);
        return (String) issued.get(0).get("serialHex");
    }

    private static final String PIN = "583027";

    /** The holder activates the cloud certificate: an SMS code to the handler on record, then the PIN they choose. */
    private void activate(String serial, String mobile) {
        clock.advance(Duration.ofSeconds(61));
        api.ok(accounts.call(HttpMethod.POST, "/api/v1/signing/credentials/" + serial + "/pin/sms-code", api.token(),
                null), 201);
        api.ok(accounts.call(HttpMethod.POST, "/api/v1/signing/credentials/" + serial + "/activation", api.token(),
                Map.of("smsCode", recorder.codeFor(mobile), "pin", PIN, "pinAgain", PIN)), 200);
    }

    /**
     * A UKEY locked by wrong PINs: an UNLOCK order (free, the SMS signature, approved at submission) gives the
     * response code to the token's challenge; the token takes it with a new PIN and then signs the platform's
     * challenge with it (a proof of possession).
     */
    private void unlockUkey(String serial, String mobile) {
        String token = "/sandbox/api/tokens/" + certificate(serial).get("tokenSerial");
        for (int i = 0; i < 5; i++) {
            http.postForEntity(token + "/pin-checks", Map.of("pin", "000000"), Map.class);
        }
        assertThat(http.getForObject(token, Map.class)).containsEntry("locked", true);
        Map unlock = api.ok(start("UNLOCK", serial, null), 201);
        assertThat(unlock).containsEntry("totalFen", 0);
        assertThat(submit((String) unlock.get("id"), mobile)).containsEntry("status", "APPROVED");
        String challenge = (String) http.postForEntity(token + "/challenge", null, Map.class).getBody()
                .get("challenge");
        Map code = api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + unlock.get("id") + "/unlock-code",
                Map.of("challenge", challenge)));
        assertThat(http.postForEntity(token + "/unlock", Map.of("responseCode", code.get("responseCode"),
                "newPin", "246813"), Map.class).getBody()).containsEntry("locked", false);
        assertThat(api.order((String) unlock.get("id"))).containsEntry("status", "COMPLETED");
        api.ok(api.call(HttpMethod.POST, "/api/v1/certificates/" + serial + "/possession-proof",
                Map.of("pin", "246813")), 201);
    }

    /**
     * A cloud certificate has no token: no UNLOCK order; its signing PIN, locked by wrong tries, is reset by the
     * signing service after an SMS code and the handler's ID number, and the key signs again with the new PIN.
     */
    private void unlockCloud(String serial, String mobile) {
        assertThat(OrderApi.fields(start("UNLOCK", serial, null))).containsExactly("certificateSerial");
        activate(serial, mobile);
        String proof = "/api/v1/certificates/" + serial + "/possession-proof";
        for (int i = 0; i < 5; i++) {
            api.call(HttpMethod.POST, proof, Map.of("pin", "111111"));
        }
        assertThat((String) api.call(HttpMethod.POST, proof, Map.of("pin", PIN)).getBody().get("detail"))
                .contains("已锁定");
        clock.advance(Duration.ofSeconds(61));
        String pin = "/api/v1/signing/credentials/" + serial + "/pin";
        api.ok(api.call(HttpMethod.POST, pin + "/sms-code", null), 201);
        Map reset = api.ok(api.call(HttpMethod.POST, "/api/v1/signing/credentials/" + serial + "/pin-reset",
                Map.of("smsCode", recorder.codeFor(mobile), "idNumber", handlerIdNumber(serial), "pin", "470396",
                        "pinAgain", "470396")));
        assertThat(reset).containsEntry("locked", false);
        api.ok(api.call(HttpMethod.POST, proof, Map.of("pin", "470396")), 201);
    }

    /** The ID number of the handler of the certificate's order, which the holder knows. */
    private String handlerIdNumber(String serial) {
        OrderId order = new OrderId(UUID.fromString((String) certificate(serial).get("applicationId")));
        return orders.details(order).draft().subject().handler().idNumber();
    }

    /** The signature code is one SMS to the handler, who may get one a minute. */
    private Map submit(String orderId, String mobile) {
        clock.advance(Duration.ofSeconds(61));
        return api.submit(orderId, mobile);
    }

    private void fullChecksAndMaterials(String orderId, Map<String, Object> subject, List<String> materials) {
        clock.advance(Duration.ofSeconds(61));
        new IdentityChecks(accounts).passAll(api.token(), orderId, subject);
        clock.advance(Duration.ofSeconds(61));
        byte[] jpeg = DocumentSamples.image(DocumentFormat.JPEG, 120, 80);
        for (String kind : materials) {
            api.attach(orderId, kind, kind.toLowerCase() + ".jpg", jpeg);
        }
        ResponseEntity<Map> code = api.call(HttpMethod.POST, "/api/v1/orders/" + orderId + "/signature-code", null);
        assertThat(code.getStatusCode().value()).as(String.valueOf(code.getBody())).isEqualTo(202);
        Map submitted = api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + orderId + "/submission",
                Map.of("smsCode", recorder.codeFor(mobileOf(subject)), "agreementAccepted", true)));
        assertThat(submitted).containsEntry("status", "PENDING_PAYMENT");
        assertThat((List<Map>) submitted.get("history")).extracting(h -> h.get("action")).doesNotContain(
                "autoApprove");
    }

    private void payReviewed(String orderId, String payBy, long totalFen) {
        api.payByQr(orderId, payBy, totalFen);
        api.awaitPaid(orderId);
        api.approve(orderId, staff);
    }

    private static String mobileOf(Map<String, Object> subject) {
        return (String) ((Map) subject.get("handler")).get("mobile");
    }

    private ResponseEntity<Map> start(String type, String serial, String reason) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("type", type, "certificateSerial", serial,
                "agreementAccepted", true));
        if (reason != null) {
            body.put("reason", reason);
        }
        return api.call(HttpMethod.POST, "/api/v1/orders", body);
    }

    private Map certificate(String serial) {
        return api.ok(api.call(HttpMethod.GET, "/api/v1/certificates/" + serial, null));
    }

    private static Map action(Map certificate, String name) {
        return ((List<Map>) certificate.get("actions")).stream().filter(a -> name.equals(a.get("action")))
                .findFirst().orElseThrow();
    }

    /** {@code openssl ocsp} on the certificate: good, or revoked with the reason. */
    private void ocsp(String serial, String status, String reason) throws Exception {
        Map cert = certificate(serial);
        String out = certs.ocsp(certs.download(serial), (String) cert.get("caName"), serial + "-" + status);
        // the handler may get one SMS a minute, so the journey moves the server's clock on by minutes: openssl warns
        // that the answer's times lie ahead of its own clock and prints the status on the next line
        assertThat(out).containsPattern("(: |\n)" + status + "\n\tThis Update");
        if (reason != null) {
            assertThat(out).contains("Reason: " + reason);
        }
    }

    private List<String> messages(String mobile) {
        List<Map> all = http.getForObject("/sandbox/api/messages?to=" + mobile, List.class);
        return all.stream().map(m -> (String) m.get("text")).filter(t -> t != null).toList();
    }
}
