package com.certhall.seals;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentSamples;
import com.certhall.lifecycle.CertificateManagement;
import com.certhall.orders.FacadeOrders;
import com.certhall.pki.CertificateAuthority;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.OrderApi;
import com.certhall.support.TestClock;
import com.certhall.support.TestEnvironment;
import com.certhall.verification.IdentityChecks;
import java.awt.Color;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seal orders as an organisation's client calls them (docs/seals.md "Seal orders"; BJCA §5 印章办理): in coal-trade
 * the administrator orders 补章 and 变章 on his e-seal, priced by the channel's terms, through the channel's checks,
 * review and payment; the seals module then makes the seal (openssl reads it and verifies the maker's signature) and
 * completes the order. Refused: another organisation's seal (404), a seal user, a service the channel does not
 * offer, bad fields, and a seal whose certificate was revoked.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class SealOrdersApiTests {

    private static final long ESEAL_PRICE_FEN = 20_000;

    @Autowired
    SealHolders holders;
    @Autowired
    Seals seals;
    @Autowired
    CertificateAuthority authority;
    @Autowired
    CertificateManagement certificates;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @TempDir
    Path dir;

    @AfterEach
    void channelTermsBack() {
        jdbc.update("delete from catalog_lifecycle_term where channel_code = 'coal-trade'");
    }

    @Test
    void anAdditionalSealIsOrderedReviewedPaidAndMade() throws Exception {
        TestEnvironment.requireCommand("openssl");
        SealHolders.Holder admin = holders.register();
        SealHolders.Issued issued = holders.issue(admin, "汾阳煤运有限公司");
        OrderApi api = new OrderApi(holders.accounts(), admin.token());
        String seal = issued.seal().id().toString();

        // bad fields are named together; another organisation's seal is not found
        assertThat(OrderApi.fields(api.call(HttpMethod.POST, "/api/v1/orders", Map.of("type", "SEAL_ADDITION",
                "sealId", "x", "sealKind", "PERSONAL")))).containsExactlyInAnyOrder("sealId", "sealKind",
                "agreementAccepted");
        SealHolders.Holder stranger = holders.register();
        assertThat(new OrderApi(holders.accounts(), stranger.token()).call(HttpMethod.POST, "/api/v1/orders",
                start("SEAL_ADDITION", seal, "INVOICE")).getStatusCode().value()).isEqualTo(404);
        // a channel that does not offer it refuses it on the seal
        jdbc.update("insert into catalog_lifecycle_term (channel_code, service, offered, price_fen) "
                + "values ('coal-trade', 'SEAL_ADDITION', false, null)");
        ResponseEntity<Map> notOffered = api.call(HttpMethod.POST, "/api/v1/orders",
                start("SEAL_ADDITION", seal, "INVOICE"));
        assertThat(notOffered.getStatusCode().value()).isEqualTo(409);
        assertThat(OrderApi.fields(notOffered)).containsExactly("sealId");
        channelTermsBack();

        // 补章 at the product's price (the channel's default), the subject and certificate carried over
        Map order = api.ok(api.call(HttpMethod.POST, "/api/v1/orders", start("SEAL_ADDITION", seal, "INVOICE")), 201);
        String id = (String) order.get("id");
        assertThat(order).containsEntry("type", "SEAL_ADDITION").containsEntry("status", "DRAFT")
                .containsEntry("certificateSerial", issued.seal().certificateSerial());
        assertThat(((Number) order.get("totalFen")).longValue()).isEqualTo(ESEAL_PRICE_FEN);
        assertThat((List<Map>) order.get("lines")).singleElement()
                .satisfies(l -> assertThat(l.get("productCode")).isEqualTo("eseal"));

        checkedAndSubmitted(api, id, admin);
        assertThat(api.approve(id, api.staff("admin"))).isEqualTo("PENDING_PAYMENT");
        assertThat(seals.visibleTo(admin.account())).hasSize(1);
        api.payByQr(id, "WECHAT_QR", ESEAL_PRICE_FEN);
        assertThat(api.awaitStatus(id, "COMPLETED"::equals, "seal made, order done")).isEqualTo("COMPLETED");

        SealView made = seals.visibleTo(admin.account()).stream().filter(s -> s.kind() == SealKind.INVOICE)
                .findFirst().orElseThrow();
        assertThat(made.status()).isEqualTo(SealStatus.ACTIVE);
        assertThat(made.certificateSerial()).isEqualTo(issued.seal().certificateSerial());
        assertThat(made.name()).isEqualTo("汾阳煤运有限公司");
        assertThat(seals.get(admin.account(), issued.seal().id()).status()).isEqualTo(SealStatus.ACTIVE);
        SealChecks.verified(dir, seals.seSeal(admin.account(), made.id()), made.esId(),
                authority.find(made.certificateSerial()).orElseThrow().der(), seals.image(admin.account(), made.id()));
        // done without a certificate: fulfilled, never issuing
        assertThat((List<Map>) api.order(id).get("history")).extracting(h -> h.get("action"))
                .contains("fulfil").doesNotContain("startIssuing");
        assertThat(certificates.ofOrder(new com.certhall.orders.OrderId(java.util.UUID.fromString(id)))).isEmpty();
    }

    @Test
    void aChangedSealReplacesTheOldOneAndARevokedCertificateRefusesTheOrder() throws Exception {
        TestEnvironment.requireCommand("openssl");
        SealHolders.Holder admin = holders.register();
        SealHolders.Issued issued = holders.issue(admin, "孝义焦煤有限公司");
        OrderApi api = new OrderApi(holders.accounts(), admin.token());
        String seal = issued.seal().id().toString();
        jdbc.update("insert into catalog_lifecycle_term (channel_code, service, offered, price_fen) "
                + "values ('coal-trade', 'SEAL_CHANGE', true, 8800)");

        // a seal user sees the seal but may not order for it
        SealHolders.Staff user = holders.staff("孝用章");
        ResponseEntity<Map> granted = api.call(HttpMethod.POST, "/api/v1/seals/" + seal + "/users",
                Map.of("name", user.name(), "idNumber", user.idNumber(), "mobile", user.holder().mobile()));
        assertThat(granted.getStatusCode().value()).as(String.valueOf(granted.getBody())).isEqualTo(201);
        ResponseEntity<Map> byUser = new OrderApi(holders.accounts(), user.holder().token()).call(HttpMethod.POST,
                "/api/v1/orders", start("SEAL_CHANGE", seal, "OFFICIAL"));
        assertThat(byUser.getStatusCode().value()).isEqualTo(409);
        assertThat(OrderApi.fields(byUser)).containsExactly("sealId");

        // 变章 with a new specimen at the channel's price
        Map body = Map.of("type", "SEAL_CHANGE", "sealId", seal, "sealName", "孝义焦煤有限公司合同专用章",
                "agreementAccepted", true);
        Map order = api.ok(api.call(HttpMethod.POST, "/api/v1/orders", body), 201);
        String id = (String) order.get("id");
        assertThat(((Number) order.get("totalFen")).longValue()).isEqualTo(8800);
        api.attach(id, "SEAL_SPECIMEN", "印模.png", Specimens.scan(new Color(200, 20, 30), 700, 600));
        checkedAndSubmitted(api, id, admin);
        api.approve(id, api.staff("admin"));
        api.payByQr(id, "ALIPAY_QR", 8800);
        assertThat(api.awaitStatus(id, "COMPLETED"::equals, "seal changed, order done")).isEqualTo("COMPLETED");

        SealView old = seals.get(admin.account(), issued.seal().id());
        assertThat(old.status()).isEqualTo(SealStatus.SUPERSEDED);
        assertThat(old.endedReason()).isEqualTo("CHANGED");
        SealView made = seals.visibleTo(admin.account()).stream().filter(s -> s.status() == SealStatus.ACTIVE)
                .findFirst().orElseThrow();
        assertThat(made.name()).isEqualTo("孝义焦煤有限公司合同专用章");
        assertThat(made.source()).isEqualTo("SPECIMEN");
        assertThat(made.esId()).isNotEqualTo(issued.seal().esId());
        // the seal user's grant went over to the new seal
        assertThat(seals.usableBy(user.holder().account())).extracting(UsableSeal::esId)
                .containsExactly(made.esId());
        SealChecks.verified(dir, seals.seSeal(admin.account(), made.id()), made.esId(),
                authority.find(made.certificateSerial()).orElseThrow().der(), seals.image(admin.account(), made.id()));
        // the ended seal takes no order
        assertThat(api.call(HttpMethod.POST, "/api/v1/orders", start("SEAL_ADDITION", seal, "INVOICE"))
                .getStatusCode().value()).isEqualTo(409);

        // the certificate revoked: its seal ends and takes no order either
        certificates.revoke(made.certificateSerial(), "CESSATION_OF_OPERATION", "staff:reviewer");
        Eventually.await("seal ended", Duration.ofSeconds(30), () -> seals.get(admin.account(), made.id()),
                s -> s.status() == SealStatus.REVOKED);
        ResponseEntity<Map> revoked = api.call(HttpMethod.POST, "/api/v1/orders",
                start("SEAL_ADDITION", made.id().toString(), "INVOICE"));
        assertThat(revoked.getStatusCode().value()).isEqualTo(409);
        assertThat(OrderApi.fields(revoked)).containsExactly("sealId");
        assertThat(String.valueOf(revoked.getBody())).contains(made.certificateSerial());
    }

    private static Map<String, Object> start(String type, String sealId, String kind) {
        return Map.of("type", type, "sealId", sealId, "sealKind", kind, "agreementAccepted", true);
    }

    /** coal-trade's checks: the handler's face check, the required materials and the letter, the SMS signature. */
    private void checkedAndSubmitted(OrderApi api, String id, SealHolders.Holder admin) {
        clock.advance(Duration.ofSeconds(61));
        new IdentityChecks(holders.accounts()).passAll(admin.token(), id, Map.of("handlerIsLegalRep", false,
                "handler", Map.of("name", FacadeOrders.HANDLER_NAME, "idNumber", FacadeOrders.HANDLER_ID,
                        "mobile", admin.mobile())));
        clock.advance(Duration.ofSeconds(61));
        byte[] jpeg = DocumentSamples.image(DocumentFormat.JPEG, 120, 80);
        for (String kind : List.of("APPLICATION_FORM", "BUSINESS_LICENSE", "AUTHORIZATION_LETTER")) {
            api.attach(id, kind, kind.toLowerCase() + ".jpg", jpeg);
        }
        Map submitted = api.submit(id, admin.mobile());
        assertThat(submitted).as(String.valueOf(submitted)).containsEntry("status", "PENDING_REVIEW");
    }
}
