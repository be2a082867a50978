package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentSamples;
import com.certhall.orders.Identities;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.OrderApi;
import com.certhall.support.TestEnvironment;
import com.certhall.verification.IdentityChecks;
import com.certhall.verification.TestIdentities;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The remaining demo channels through the REST API from registration to issued certificates that openssl accepts,
 * each in its channel's flow order and with its own identity checks: coal-trade (registry prerequisite, face check
 * after the materials, review then Alipay, SM2 UKEY collected by the handler), scf-chain (checked after submission by
 * micro-deposit, WeChat first, two RSA UKEYs shipped), plateau-trade (legal representative by bank card 4-factor
 * before the product, Alipay first, ECC UKEY picked up) and health-esign (a doctor's face check, WeChat first, a
 * cloud certificate from the hospital's own key). Every certificate is verified against the chain from
 * {@code /pki/ca}, asked at {@code /pki/ocsp} (good), revoked by staff and asked again (revoked).
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class ChannelJourneyTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccountsClient accounts;
    @TempDir
    Path dir;

    OrderApi api;
    CertificateChecks certs;
    IdentityChecks checks;
    String admin;

    @BeforeEach
    void applicant() {
        TestEnvironment.requireCommand("openssl");
        api = OrderApi.register(accounts);
        certs = new CertificateChecks(api, dir);
        checks = new IdentityChecks(accounts);
        admin = api.staff("admin");
    }

    @Test
    void coalTradeReviewThenAlipayToAnSm2UkeyCollectedByTheHandler() throws Exception {
        String mobile = AccountsTestSupport.newMobile();
        String uscc = Identities.uscc();
        // the channel only serves organisations registered on the coal-trade platform
        assertThat(http.postForEntity("/sandbox/api/registrations", Map.of("registry", "COAL_TRADE", "uscc", uscc,
                "organizationName", "晋煤测试能源有限公司"), Map.class).getStatusCode().is2xxSuccessful()).isTrue();
        Map<String, Object> subject = OrderApi.organization("晋煤测试能源有限公司", uscc, mobile, true);
        String id = api.draft("coal-trade", "ORGANIZATION", subject);
        long total = api.chooseOneYear(id, "unit-cert", 1, "SM2");
        api.save(id, "invoice", OrderApi.invoice());
        api.save(id, "delivery", Map.of("method", "PICKUP"));
        byte[] jpeg = DocumentSamples.image(DocumentFormat.JPEG, 120, 80);
        api.attach(id, "APPLICATION_FORM", "form.jpg", jpeg);
        api.attach(id, "BUSINESS_LICENSE", "license.jpg", jpeg);

        // the face check sits after the materials: without it the order cannot be signed
        assertThat(api.order(id).get("unverifiedParties")).isEqualTo(List.of("HANDLER"));
        ResponseEntity<Map> early = api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/submission",
                Map.of("smsCode", "000000", "agreementAccepted", true));
        assertThat(early.getStatusCode().value()).isEqualTo(400);
        assertThat(String.valueOf(early.getBody())).contains("verification.HANDLER");
        Map legalRep = (Map) ((Map) subject.get("organization")).get("legalRep");
        Map face = checks.face(api.token(), id, "HANDLER", (String) legalRep.get("name"),
                (String) legalRep.get("idNumber"), mobile);
        assertThat(face).containsEntry("method", "FACE");
        checks.awaitSettled(api.token(), id);

        assertThat(api.submit(id, mobile).get("status")).isEqualTo("PENDING_REVIEW");
        String reviewer = api.staff("reviewer");
        assertThat(api.approve(id, reviewer)).isEqualTo("PENDING_PAYMENT");
        api.payByQr(id, "ALIPAY_QR", total);
        api.awaitStatus(id, "APPROVED"::equals, "approved and paid");

        String operator = api.staff("operator");
        api.ok(api.accounts().call(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/production", operator, null), 200);
        Map cert = certs.certificates().get(0);
        assertThat(cert).containsEntry("medium", "UKEY").containsEntry("caName", "sm2-issuing");
        // self pickup: only the handler named in the order may collect the key
        ResponseEntity<Map> stranger = api.accounts().call(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/pickup",
                operator, Map.of("name", "路人甲", "idNumber", Identities.residentId()));
        assertThat(stranger.getStatusCode().value()).isEqualTo(400);
        api.ok(api.accounts().call(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/pickup", operator,
                Map.of("name", legalRep.get("name"), "idNumber", legalRep.get("idNumber"))), 200);
        assertThat(api.status(id)).isEqualTo("COMPLETED");

        String serial = (String) cert.get("serialHex");
        Path pem = certs.download(serial);
        assertThat(certs.run("openssl", "x509", "-in", pem.toString(), "-noout", "-text")).contains("SM2");
        certs.verifyChain(pem, "sm2-issuing");
        certs.ocspGoodThenRevoked(serial, pem, "sm2-issuing", admin);
    }

    @Test
    void scfChainVerifiedAfterSubmissionByMicroDepositPaidByWechatToTwoShippedRsaUkeys() throws Exception {
        String mobile = AccountsTestSupport.newMobile();
        String uscc = Identities.uscc();
        String account = "6222" + String.format("%012d", Math.floorMod(System.nanoTime(), 1_000_000_000_000L));
        assertThat(http.postForEntity("/sandbox/api/identities", Map.of("type", "COMPANY", "name", "云链测试供应链有限公司",
                "uscc", uscc, "bankName", "中国建设银行北京分行", "bankAccount", account), Map.class)
                .getStatusCode().value()).isEqualTo(201);
        String id = api.create("scf-chain", "ORGANIZATION");
        api.save(id, "subject", OrderApi.organization("云链测试供应链有限公司", uscc, mobile, false));
        long total = api.chooseOneYear(id, "enterprise", 2, "RSA_2048");
        api.save(id, "invoice", OrderApi.invoice());
        api.save(id, "delivery", Map.of("method", "MAIL", "address", "北京市朝阳区建国路 1 号"));
        byte[] jpeg = DocumentSamples.image(DocumentFormat.JPEG, 120, 80);
        api.attach(id, "BUSINESS_LICENSE", "license.jpg", jpeg);
        api.attach(id, "AUTHORIZATION_LETTER", "letter.jpg", jpeg);
        // this channel checks identities after submission, so nothing is asked before it
        assertThat(api.order(id).get("unverifiedParties")).isEqualTo(List.of());
        assertThat(api.submit(id, mobile).get("status")).isEqualTo("SUBMITTED");

        // micro-deposit: the bank pays a few fen to the company account; the applicant reads the amount back
        Map started = api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/verifications", Map.of("party",
                "ORGANIZATION", "method", "MICRO_DEPOSIT", "bankName", "中国建设银行北京分行", "bankAccount", account)), 201);
        List<Map> deposits = http.getForObject("/sandbox/api/bank/deposits?account=" + account, List.class);
        assertThat(deposits).hasSize(1);
        long amount = ((Number) deposits.get(0).get("amountFen")).longValue();
        assertThat(amount).isBetween(1L, 100L);
        Map passed = api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/verifications/"
                + started.get("verificationId") + "/answers", Map.of("amountFen", amount)), 200);
        assertThat(passed).containsEntry("status", "PASSED");
        api.awaitStatus(id, "PENDING_PAYMENT"::equals, "routed to payment once verified");

        api.payByQr(id, "WECHAT_QR", total);
        api.awaitPaid(id);
        assertThat(api.approve(id, api.staff("reviewer"))).isEqualTo("APPROVED");

        String operator = api.staff("operator");
        api.ok(api.accounts().call(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/production", operator, null), 200);
        List<Map> mine = certs.certificates();
        assertThat(mine).hasSize(2).allSatisfy(c -> assertThat(c).containsEntry("medium", "UKEY")
                .containsEntry("caName", "rsa-issuing"));
        String waybill = "SF" + String.format("%012d", Math.floorMod(System.nanoTime(), 1_000_000_000_000L));
        api.ok(api.accounts().call(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/shipment", operator,
                Map.of("carrier", "SF", "trackingNumber", waybill)), 200);
        assertThat(api.status(id)).isEqualTo("SHIPPED");
        String shipped = Eventually.await("shipment SMS", Duration.ofSeconds(30), () -> message(mobile, waybill),
                s -> s != null);
        assertThat(shipped).contains(waybill);

        for (Map c : mine) {
            String serial = (String) c.get("serialHex");
            Path pem = certs.download(serial);
            assertThat(certs.run("openssl", "x509", "-in", pem.toString(), "-noout", "-text"))
                    .contains("Public-Key: (2048 bit)");
            certs.subjectChainAndRevocation(serial, pem, "云链测试供应链有限公司", "rsa-issuing", admin);
        }
    }

    @Test
    void plateauTradeBankCardCheckBeforeTheProductAlipayFirstToAnEccUkeyPickedUp() throws Exception {
        String mobile = AccountsTestSupport.newMobile();
        Map<String, Object> subject = OrderApi.organization("高原测试建设有限公司", Identities.uscc(), mobile, true);
        String id = api.draft("plateau-trade", "ORGANIZATION", subject);
        // the legal representative proves himself with his bank card (4 factors and an SMS code)
        Map rep = (Map) ((Map) subject.get("organization")).get("legalRep");
        String card = TestIdentities.card();
        assertThat(http.postForEntity("/sandbox/api/identities", Map.of("type", "CARD", "cardNumber", card,
                "bankName", "中国农业银行", "name", rep.get("name"), "idNumber", rep.get("idNumber"), "mobile", mobile),
                Map.class).getStatusCode().value()).isEqualTo(201);
        assertThat((List) api.order(id).get("unverifiedParties")).containsExactly("ORGANIZATION", "HANDLER");
        Map started = api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/verifications", Map.of("party",
                "LEGAL_REP", "method", "BANKCARD_4F", "cardNumber", card, "mobile", mobile)), 201);
        assertThat(started).containsEntry("status", "PENDING");
        Map passed = api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/verifications/"
                + started.get("verificationId") + "/answers", Map.of("smsCode", accounts.recorder().codeFor(mobile))),
                200);
        assertThat(passed).containsEntry("status", "PASSED");
        // recorded on the order with the check itself: the legal representative handles the order, so his one check
        // covers the organisation and the handler at once
        assertThat((List) api.order(id).get("unverifiedParties")).isEmpty();

        long total = api.chooseOneYear(id, "org-ukey", 1, "EC_P256");
        api.save(id, "invoice", OrderApi.invoice());
        api.save(id, "delivery", Map.of("method", "PICKUP"));
        byte[] jpeg = DocumentSamples.image(DocumentFormat.JPEG, 120, 80);
        for (String kind : List.of("BUSINESS_LICENSE", "ID_FRONT", "ID_BACK", "SIGNATURE_PAGE")) {
            api.attach(id, kind, kind.toLowerCase() + ".jpg", jpeg);
        }
        assertThat(api.submit(id, mobile).get("status")).isEqualTo("PENDING_PAYMENT");
        api.payByQr(id, "ALIPAY_QR", total);
        api.awaitPaid(id);
        assertThat(api.approve(id, api.staff("reviewer"))).isEqualTo("APPROVED");

        String operator = api.staff("operator");
        api.ok(api.accounts().call(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/production", operator, null), 200);
        api.ok(api.accounts().call(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/pickup", operator,
                Map.of("name", rep.get("name"), "idNumber", rep.get("idNumber"))), 200);
        assertThat(api.status(id)).isEqualTo("COMPLETED");

        Map cert = certs.certificates().get(0);
        assertThat(cert).containsEntry("caName", "ecc-issuing").containsEntry("medium", "UKEY");
        String serial = (String) cert.get("serialHex");
        Path pem = certs.download(serial);
        certs.subjectChainAndRevocation(serial, pem, "高原测试建设有限公司", "ecc-issuing", admin);
    }

    @Test
    void healthEsignDoctorsFaceCheckWechatFirstToACloudCertificateForTheHospitalsOwnKey() throws Exception {
        String mobile = AccountsTestSupport.newMobile();
        // the hospital system keeps the key: only its PKCS#10 request comes to us
        Path key = dir.resolve("doctor.key");
        certs.run("openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out",
                key.toString());
        Path csr = dir.resolve("doctor.csr");
        certs.run("openssl", "req", "-new", "-key", key.toString(), "-subj", "/CN=doctor", "-out", csr.toString());

        String id = api.create("health-esign", "PERSON");
        Map<String, Object> doctor = OrderApi.party("孙医生", Identities.residentId(), mobile, "sun@example.com");
        api.save(id, "subject", Map.of("person", doctor));
        Map face = checks.face(api.token(), id, "PERSON", "孙医生", (String) doctor.get("idNumber"), mobile);
        assertThat(face).containsEntry("status", "PASSED");
        checks.awaitSettled(api.token(), id);
        Map items = api.save(id, "items", List.of(Map.of("productCode", "doctor-cloud", "years", 1, "quantity", 1,
                "keyAlgorithm", "EC_P256", "csr", Files.readString(csr))));
        assertThat(((List<Map>) items.get("lines")).get(0)).containsEntry("holderCsr", true);
        long total = ((Number) items.get("totalFen")).longValue();
        api.save(id, "invoice", Map.of("wanted", false));
        api.save(id, "delivery", Map.of("method", "NONE"));
        byte[] jpeg = DocumentSamples.image(DocumentFormat.JPEG, 120, 80);
        api.attach(id, "ID_FRONT", "front.jpg", jpeg);
        api.attach(id, "ID_BACK", "back.jpg", jpeg);
        assertThat(api.submit(id, mobile).get("status")).isEqualTo("PENDING_PAYMENT");
        api.payByQr(id, "WECHAT_QR", total);
        api.awaitPaid(id);
        api.approve(id, api.staff("reviewer"));
        api.awaitStatus(id, "COMPLETED"::equals, "issued and completed");

        Map cert = certs.certificates().get(0);
        assertThat(cert).containsEntry("medium", "CLOUD").containsEntry("serverKey", false)
                .containsEntry("caName", "ecc-issuing");
        String serial = (String) cert.get("serialHex");
        // no server-made key, so there is no PKCS#12 to download
        assertThat(http.exchange("/api/v1/certificates/" + serial + "/pkcs12", HttpMethod.GET,
                OrderApi.bearer(api.token(), "*/*"), byte[].class).getStatusCode().is2xxSuccessful()).isFalse();
        Path pem = certs.download(serial);
        // the certificate carries the hospital's public key and the verified doctor's name
        assertThat(certs.run("openssl", "x509", "-in", pem.toString(), "-noout", "-pubkey"))
                .isEqualTo(certs.run("openssl", "pkey", "-in", key.toString(), "-pubout"));
        certs.subjectChainAndRevocation(serial, pem, "CN=孙医生", "ecc-issuing", admin);
    }

    private String message(String mobile, String containing) {
        List<Map> messages = http.getForObject("/sandbox/api/messages?to=" + mobile, List.class);
        return messages.stream().map(m -> (String) m.get("text")).filter(t -> t != null && t.contains(containing))
                .findFirst().orElse(null);
    }
}
