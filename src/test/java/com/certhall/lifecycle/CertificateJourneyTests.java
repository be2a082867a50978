package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentSamples;
import com.certhall.orders.Identities;
import com.certhall.pki.CloudKeyChecks;
import com.certhall.pki.CloudKeys;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.OrderApi;
import com.certhall.support.TestEnvironment;
import com.certhall.verification.IdentityChecks;
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
 * Two demo channels through the REST API from registration to issued certificates. bid-cloud (pay, then review):
 * identity checks before the product, sandbox cashier payment, the reviewer's approval, the activation link by SMS
 * (no PIN), activation with the holder's PIN, downloads that openssl accepts (chain from {@code /pki/ca}), who may see them, staff revocation with OCSP good → revoked.
 * zy-interop (review, then pay): the handler's check after the materials, bank transfer with a voucher confirmed by
 * finance, a UKEY produced and shipped. The other four channels are in {@link ChannelJourneyTests}.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class CertificateJourneyTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CloudKeys cloudKeys;
    @Autowired
    AccountsClient accounts;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    com.certhall.support.TestClock clock;
    @TempDir
    Path dir;

    OrderApi api;
    CertificateChecks certs;

    @BeforeEach
    void applicant() {
        TestEnvironment.requireCommand("openssl");
        api = OrderApi.register(accounts);
        certs = new CertificateChecks(api, dir);
    }

    @Test
    void bidCloudFromRegistrationToAVerifiedRevokedCertificate() throws Exception {
        String mobile = AccountsTestSupport.newMobile();

        // the wizard
        Map<String, Object> subject = OrderApi.organization("测试科技有限公司", Identities.uscc(), mobile, true);
        String id = api.draft("bid-cloud", "ORGANIZATION", subject);
        // the channel checks identities before the product: the legal representative, who handles it himself
        new IdentityChecks(accounts).passAll(api.token(), id, subject);
        long total = api.chooseOneYear(id, "org-cloud", 1, "EC_P256");
        api.save(id, "invoice", OrderApi.invoice());
        api.save(id, "delivery", Map.of("method", "NONE"));
        byte[] jpeg = DocumentSamples.image(DocumentFormat.JPEG, 120, 80);
        for (String kind : List.of("BUSINESS_LICENSE", "ID_FRONT", "ID_BACK")) {
            api.attach(id, kind, kind.toLowerCase() + ".jpg", jpeg);
        }
        assertThat(api.submit(id, mobile).get("status")).isEqualTo("PENDING_PAYMENT");

        // payment at the sandbox cashier, then review
        api.payByQr(id, "WECHAT_QR", total);
        api.awaitPaid(id);
        String staff = api.staff("admin");
        // every check passed and nothing on paper needs a person's eyes: the automatic review approves it (a
        // reviewer's decision is taken if the order still waits for one)
        api.approve(id, staff);

        // issued and delivered
        api.awaitStatus(id, "COMPLETED"::equals, "order completed");
        assertThat((List<Map>) api.order(id).get("history")).extracting(h -> h.get("action"))
                .contains("submit", "route", "approve");
        List<Map> mine = certs.certificates();
        assertThat(mine).hasSize(1);
        Map cert = mine.get(0);
        String serial = (String) cert.get("serialHex");
        assertThat(cert).containsEntry("status", "VALID").containsEntry("caName", "ecc-issuing")
                .containsEntry("medium", "CLOUD").containsEntry("serverKey", true);
        // the order carries its payment and certificates (docs/development.md, "API")
        Map done = api.order(id);
        Map paid = (Map) done.get("payment");
        assertThat(paid).containsEntry("method", "WECHAT_QR").containsEntry("status", "PAID");
        assertThat(((Number) paid.get("amountFen")).longValue()).isEqualTo(total);
        assertThat((List<Map>) done.get("certificates")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("serialHex", serial).containsEntry("status", "VALID"));

        ResponseEntity<String> pem = http.exchange("/api/v1/certificates/" + serial + "?chain=true", HttpMethod.GET,
                OrderApi.bearer(api.token(), "application/x-pem-file"), String.class);
        assertThat(pem.getBody().split("BEGIN CERTIFICATE", -1)).hasSize(4);
        Path certPem = certs.download(serial);
        certs.verifyChain(certPem, "ecc-issuing");
        String subjectLine = certs.subject(certPem);
        assertThat(subjectLine).contains("CN=测试科技有限公司");

        // no PIN travels: the SMS to the handler links to activation, where the holder sets the signing PIN
        // (docs/signing.md); that PIN then signs with the key the CA keeps
        String sms = Eventually.await("activation SMS", Duration.ofSeconds(30), () -> activationMessage(mobile),
                s -> s != null);
        assertThat(sms).contains("/certificates/" + serial + "/signing-pin").doesNotContain("口令为");
        ResponseEntity<Map> p12 = http.exchange("/api/v1/certificates/" + serial + "/pkcs12", HttpMethod.GET,
                OrderApi.bearer(api.token(), "*/*"), Map.class);
        assertThat(p12.getStatusCode().value()).isEqualTo(409);
        assertThat((String) p12.getBody().get("detail")).contains("云端");
        assertThat(cloudKeys.checkPin(serial, "583027").right()).isFalse();
        // the resend interval since the handler's last code passes on the test clock
        clock.advance(Duration.ofSeconds(61));
        assertThat(accounts.call(HttpMethod.POST, "/api/v1/signing/credentials/" + serial + "/pin/sms-code",
                api.token(), null).getStatusCode().value()).isEqualTo(201);
        assertThat(accounts.call(HttpMethod.POST, "/api/v1/signing/credentials/" + serial + "/activation",
                api.token(), Map.of("smsCode", recorder.codeFor(mobile), "pin", "583027", "pinAgain", "583027"))
                .getStatusCode().value()).isEqualTo(200);
        byte[] der = Files.readAllBytes(dir.resolve(serial + ".der"));
        assertThat(CloudKeyChecks.opensslVerifies(cloudKeys, der, serial, "583027", dir))
                .contains("Verified OK");
        assertThat(cloudKeys.checkPin(serial, "00000000").right()).isFalse();

        // someone else sees nothing of it
        OrderApi other = OrderApi.register(accounts);
        assertThat(http.exchange("/api/v1/certificates/" + serial + "/pkcs12", HttpMethod.GET,
                OrderApi.bearer(other.token(), "*/*"), byte[].class).getStatusCode().value()).isEqualTo(404);
        assertThat(http.exchange("/api/v1/certificates/" + serial, HttpMethod.GET,
                OrderApi.bearer(other.token(), "application/json"), Map.class).getStatusCode().value()).isEqualTo(404);

        // revocation is staff's, with a reason from RFC 5280; OCSP turns from good to revoked
        assertThat(api.call(HttpMethod.POST, "/api/v1/admin/certificates/" + serial + "/revocation",
                Map.of("reason", "KEY_COMPROMISE")).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<Map> bad = accounts.call(HttpMethod.POST, "/api/v1/admin/certificates/" + serial
                + "/revocation", staff, Map.of("reason", "because"));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(((List<Map>) bad.getBody().get("errors")).get(0)).containsEntry("field", "reason");
        ResponseEntity<Map> none = accounts.call(HttpMethod.POST, "/api/v1/admin/certificates/" + serial
                + "/revocation", staff, Map.of());
        assertThat(((List<Map>) none.getBody().get("errors")).get(0)).containsEntry("field", "reason")
                .containsEntry("code", "required");
        certs.ocspGoodThenRevoked(serial, certPem, "ecc-issuing", staff);
        assertThat(accounts.call(HttpMethod.POST, "/api/v1/admin/certificates/" + serial + "/revocation", staff,
                Map.of("reason", "SUPERSEDED")).getStatusCode().value()).isEqualTo(409);
        Map audit = accounts.call(HttpMethod.GET, "/api/v1/admin/audit?action=lifecycle.revoke", staff, null)
                .getBody();
        assertThat(String.valueOf(audit)).contains(serial);
    }

    @Test
    void zyInteropReviewThenPayByBankTransferToAShippedUkey() throws Exception {
        String mobile = AccountsTestSupport.newMobile();

        Map<String, Object> subject = OrderApi.organization("测试科技有限公司", Identities.uscc(), mobile, true);
        String id = api.draft("zy-interop", "ORGANIZATION", subject);
        long total = api.chooseOneYear(id, "org", 1, null);
        api.save(id, "invoice", OrderApi.invoice());
        api.save(id, "delivery", Map.of("method", "MAIL", "address", "郑州市金水区花园路 1 号"));
        byte[] jpeg = DocumentSamples.image(DocumentFormat.JPEG, 120, 80);
        for (String kind : List.of("APPLICATION_FORM", "BUSINESS_LICENSE", "ID_FRONT", "ID_BACK", "SIGNATURE_PAGE")) {
            api.attach(id, kind, kind.toLowerCase() + ".jpg", jpeg);
        }
        // this channel checks the handler after the materials, by telecom 3-factor
        new IdentityChecks(accounts).passAll(api.token(), id, subject);
        assertThat(api.submit(id, mobile).get("status")).isEqualTo("PENDING_REVIEW");

        // review first: the reviewer approves, then the order waits for payment
        String staff = api.staff("admin");
        assertThat(api.approve(id, staff)).isEqualTo("PENDING_PAYMENT");

        // then pay by bank transfer: instructions, voucher, finance confirms
        Map payment = api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + id + "/payments",
                Map.of("method", "BANK_TRANSFER", "amountFen", total)), 201);
        String pid = (String) payment.get("paymentId");
        assertThat(String.valueOf(payment.get("bank"))).contains("reference");
        api.ok(api.multipart(HttpMethod.POST, "/api/v1/payments/" + pid + "/vouchers", "PAYMENT_VOUCHER",
                "voucher.jpg", jpeg), 201);
        api.ok(accounts.call(HttpMethod.POST, "/api/v1/admin/payments/" + pid + "/confirmation", api.staff("finance"),
                Map.of("decision", "CONFIRM")), 200);
        api.awaitStatus(id, "APPROVED"::equals, "approved and paid");

        // the operator produces the UKEY and ships it
        String operator = api.staff("operator");
        api.ok(accounts.call(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/production", operator, null), 200);
        List<Map> mine = certs.certificates();
        assertThat(mine).singleElement().satisfies(c -> assertThat(c).containsEntry("medium", "UKEY"));
        String serial = (String) mine.get(0).get("serialHex");
        String ca = (String) mine.get(0).get("caName");
        Path certPem = certs.download(serial);
        certs.verifyChain(certPem, ca);

        String waybill = "SF" + String.format("%012d", Math.floorMod(System.nanoTime(), 1_000_000_000_000L));
        api.ok(accounts.call(HttpMethod.POST, "/api/v1/admin/orders/" + id + "/shipment", operator,
                Map.of("carrier", "SF", "trackingNumber", waybill)), 200);
        assertThat(api.status(id)).isEqualTo("SHIPPED");
        certs.ocspGoodThenRevoked(serial, certPem, ca, staff);
    }

    private String activationMessage(String mobile) {
        List<Map> messages = http.getForObject("/sandbox/api/messages?to=" + mobile, List.class);
        return messages.stream().map(m -> (String) m.get("text")).filter(t -> t != null && t.contains("/signing-pin"))
                .findFirst().orElse(null);
    }
}
