package com.certhall.lifecycle;

import static com.certhall.support.CallerSecurityContexts.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.StaffRole;
import com.certhall.lifecycle.domain.DeliveryWatch;
import com.certhall.orders.FacadeOrders;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.orders.Orders;
import com.certhall.sandbox.inbox.SandboxInbox;
import com.certhall.support.AsStaff;
import com.certhall.support.CallerSecurityContexts;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.TestClock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13, items 1, 4 and 7 as a partner and the operator meet them over REST: a UKEY's key is never offered (the
 * PIN SMS says UKEY and how it comes), a revoked certificate offers no key and its holder is told by SMS and e-mail;
 * the operator ships with a waybill pasted with spaces and a carrier by name, and a refused waybill names the
 * expected format; a shipped order completes on the holder's receipt or the courier's delivery, and does not block a
 * new order for the same subject meanwhile.
 */
@AsStaff(value = "operator", roles = StaffRole.OPERATOR)
@KnownPortIntegrationTest
class UkeyDeliveryTests {

    @Autowired
    OrderManagement orders;
    @Autowired
    CertificateManagement certificates;
    @Autowired
    ProductionManagement production;
    @Autowired
    DeliveryWatch deliveries;
    @Autowired
    SandboxInbox inbox;
    @Autowired
    TestClock clock;
    @Autowired
    MockMvc mvc;

    @Test
    void aUkeyKeyIsNeverOfferedAndItsPinSmsSaysUkeyAndHowItComes() throws Exception {
        UUID account = UUID.randomUUID();
        String mobile = AccountsTestSupport.newMobile();
        OrderView order = produced(account, mobile, "MAIL");
        HeldCertificateView cert = certificates.ofOrder(order.id()).get(0);
        assertThat(cert.medium()).isEqualTo("UKEY");
        assertThat(cert.keyInCloud()).isFalse();

        String sms = Eventually.await("PIN SMS", Duration.ofSeconds(30), () -> text(mobile, "口令"),
                s -> s != null);
        assertThat(sms).contains("UKEY").contains("快递").contains("不提供下载").doesNotContain("云证书")
                .doesNotContain("我的证书”下载");

        mvc.perform(get("/api/v1/certificates/{s}/pkcs12", cert.serialHex()).with(applicant(account)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("UKEY")));
        mvc.perform(get("/certificates/{s}/download", cert.serialHex()).param("format", "p12")
                        .with(applicant(account)))
                .andExpect(status().isConflict());
        mvc.perform(get("/certificates").with(applicant(account)))
                .andExpect(content().string(containsString("data-serial=\"" + cert.serialHex() + "\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("format=p12"))))
                .andExpect(content().string(containsString("私钥保存在 UKEY 中")));
        // the certificate and its chain stay available
        mvc.perform(get("/certificates/{s}/download", cert.serialHex()).param("format", "chain")
                        .with(applicant(account)))
                .andExpect(status().isOk());
    }

    @Test
    void aPickedUpUkeysPinSmsSaysWhereToCollectIt() {
        String mobile = AccountsTestSupport.newMobile();
        produced(UUID.randomUUID(), mobile, "PICKUP");
        String sms = Eventually.await("PIN SMS", Duration.ofSeconds(30), () -> text(mobile, "口令"),
                s -> s != null);
        assertThat(sms).contains("UKEY").contains("服务网点领取").doesNotContain("云证书");
    }

    @Test
    void aRevokedCertificateOffersNoKeyAndItsHolderGetsAnSmsAndAnEmail() throws Exception {
        UUID account = UUID.randomUUID();
        String mobile = AccountsTestSupport.newMobile();
        OrderView order = new ApprovedOrders(orders).cloudOrganization(account, mobile, Identities.uscc(),
                "EC_P256");
        Eventually.await("issued", Duration.ofSeconds(30), () -> orders.get(order.id()).status(),
                s -> s == OrderStatus.COMPLETED);
        HeldCertificateView cert = certificates.ofOrder(order.id()).get(0);
        // a cloud certificate's key stays in the CA's custody (docs/signing.md): never a PKCS#12, valid or not
        assertThat(cert.keyInCloud()).isTrue();
        mvc.perform(get("/api/v1/certificates/{s}/pkcs12", cert.serialHex()).with(applicant(account)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("云端")));
        mvc.perform(get("/certificates").with(applicant(account)))
                .andExpect(content().string(containsString("私钥保存在云端")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("format=p12"))));

        certificates.revoke(cert.serialHex(), "KEY_COMPROMISE", "staff:reviewer");

        String tail = cert.serialHex().substring(cert.serialHex().length() - 4).toUpperCase(Locale.ROOT);
        String sms = Eventually.await("revocation SMS", Duration.ofSeconds(30), () -> text(mobile, "吊销"),
                s -> s != null);
        assertThat(sms).contains(order.number()).contains(tail).contains("密钥泄露");
        SandboxInbox.Message mail = Eventually.await("revocation e-mail", Duration.ofSeconds(30),
                () -> inbox.messages("wang@example.com", 50).stream()
                        .filter(m -> m.text().contains(order.number()) && m.text().contains("吊销")).findFirst()
                        .orElse(null), m -> m != null);
        assertThat(mail.subject()).contains("吊销").contains(order.number());
        assertThat(mail.text()).contains(tail).contains("密钥泄露");

        mvc.perform(get("/api/v1/certificates/{s}/pkcs12", cert.serialHex()).with(applicant(account)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("吊销")));
        mvc.perform(get("/certificates").with(applicant(account)))
                .andExpect(content().string(containsString("已吊销")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("format=p12"))));
    }

    @Test
    void theOperatorSeesWhereItGoesAndShipsWithAWaybillPastedWithSpaces() throws Exception {
        UUID account = UUID.randomUUID();
        String mobile = AccountsTestSupport.newMobile();
        OrderView order = produced(account, mobile, "MAIL");
        String id = order.id().toString();

        mvc.perform(get("/admin/production").param("q", order.number()))
                .andExpect(content().string(containsString("href=\"/admin/production/" + id + "\"")))
                .andExpect(content().string(containsString(mobile)))
                .andExpect(content().string(containsString("云南省昆明市五华区人民中路 1 号")))
                .andExpect(content().string(containsString("顺丰速运")));
        mvc.perform(get("/admin/production/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(order.number())))
                .andExpect(content().string(containsString("云南省昆明市五华区人民中路 1 号")))
                .andExpect(content().string(containsString(mobile)));

        mvc.perform(post("/api/v1/admin/orders/{id}/shipment", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"carrier\":\"顺丰速运\",\"trackingNumber\":\"SF 1234 5678\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("trackingNumber"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("SF 加 12 或 13 位数字")));

        String waybill = waybill();
        String spaced = waybill.substring(0, 2) + " " + waybill.substring(2, 6) + " " + waybill.substring(6, 10)
                + "　" + waybill.substring(10);
        mvc.perform(post("/api/v1/admin/orders/{id}/shipment", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"carrier\":\"顺丰\",\"trackingNumber\":\"" + spaced + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SHIPPED"))
                .andExpect(jsonPath("$.carrier").value("SF"))
                .andExpect(jsonPath("$.trackingNumber").value(waybill));
    }

    @Test
    void aShippedOrderLetsANewOneStartAndCompletesWhenTheHolderConfirmsReceipt() throws Exception {
        UUID account = UUID.randomUUID();
        String mobile = AccountsTestSupport.newMobile();
        String uscc = Identities.uscc();
        OrderView order = shipped(account, mobile, uscc);
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.SHIPPED);

        // the same subject may apply again in the same channel while the UKEY is on its way
        FacadeOrders again = Orders.anOrder().forAccount(account).forChannel("plateau-trade").through(orders);
        OrderId second = again.organizationDraft(ApprovedOrders.ORG_NAME, uscc, mobile, "org-ukey", "EC_P256");
        assertThat(orders.get(second).status()).isEqualTo(OrderStatus.DRAFT);

        mvc.perform(get("/orders/{id}", order.id().toString()).with(applicant(account)))
                .andExpect(content().string(containsString("/orders/" + order.id() + "/receipt")));
        mvc.perform(post("/api/v1/orders/{id}/receipt", order.id().toString()).with(applicant(UUID.randomUUID())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/orders/{id}/receipt", order.id().toString()).with(applicant(account)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DELIVERED"));
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.COMPLETED);
        mvc.perform(post("/api/v1/orders/{id}/receipt", order.id().toString()).with(applicant(account)))
                .andExpect(status().isConflict());
    }

    @Test
    void aShippedOrderCompletesWhenTheCourierReportsItDelivered() {
        UUID account = UUID.randomUUID();
        OrderView order = shipped(account, AccountsTestSupport.newMobile(), Identities.uscc());
        deliveries.completeDelivered();
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.SHIPPED);

        // the sandbox courier signs for a parcel three steps (6 h each) after pick-up
        clock.advance(Duration.ofHours(19));
        assertThat(deliveries.completeDelivered()).isPositive();
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.COMPLETED);
        ProductionView p = production.get(order.id());
        assertThat(p.status()).isEqualTo(ProductionStatus.DELIVERED);
        assertThat(p.deliveredAt()).isNotNull();
    }

    private OrderView produced(UUID account, String mobile, String delivery) {
        OrderView order = new ProductionDesk(orders, production).produced(account, mobile, Identities.uscc(), delivery);
        return order;
    }

    private OrderView shipped(UUID account, String mobile, String uscc) {
        OrderView order = new ProductionDesk(orders, production).produced(account, mobile, uscc, "MAIL");
        production.ship(order.id(), "SF", waybill(), "staff:operator");
        return order;
    }

    private static String waybill() {
        return "SF" + String.format("%012d", Math.floorMod(System.nanoTime(), 1_000_000_000_000L));
    }

    private String text(String mobile, String containing) {
        return inbox.messages(mobile, 20).stream().map(SandboxInbox.Message::text)
                .filter(t -> t.contains(containing)).findFirst().orElse(null);
    }
}
