package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.lifecycle.domain.IssuanceDriver;
import com.certhall.lifecycle.domain.IssuanceRecovery;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.pki.CertificateAuthority;
import com.certhall.pki.CertificateProfile;
import com.certhall.pki.CertificateRecord;
import com.certhall.pki.CloudKeyChecks;
import com.certhall.pki.CloudKeys;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.sandbox.inbox.SandboxInbox;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issuance of an approved order: one certificate per order line unit, keyed by request id, surviving a crash
 * between issuance and the order's move to ISSUED; a cloud certificate's message carries its activation link and no
 * PIN (the holder sets it); the PIN of a UKEY reaches the handler by SMS and is wiped afterwards.
 */
@KnownPortIntegrationTest
class IssuanceTests {

    @Autowired
    OrderManagement orders;
    @Autowired
    CertificateManagement certificates;
    @Autowired
    CertificateAuthority ca;
    @Autowired
    CloudKeys cloudKeys;
    @Autowired
    ProductionManagement production;
    @Autowired
    IssuanceDriver driver;
    @Autowired
    IssuanceRecovery recovery;
    @Autowired
    LifecycleTestSupport.CrashBeforeIssued crash;
    @Autowired
    SandboxInbox inbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate http;
    @Autowired
    org.springframework.modulith.events.IncompleteEventPublications publications;

    @AfterEach
    void noCrash() {
        crash.disarm();
    }

    @Test
    void anApprovedCloudOrderIsIssuedCompletedAndItsSmsCarriesTheActivationLinkAndNoPin() throws Exception {
        UUID account = UUID.randomUUID();
        String mobile = AccountsTestSupport.newMobile();
        String uscc = Identities.uscc();
        OrderView order = new ApprovedOrders(orders).cloudOrganization(account, mobile, uscc, "EC_P256");

        OrderView done = Eventually.await("order completed", Duration.ofSeconds(30), () -> orders.get(order.id()),
                o -> o.status() == OrderStatus.COMPLETED);
        assertThat(orders.details(done.id()).history())
                .extracting(com.certhall.orders.OrderDetails.Move::to)
                .contains(OrderStatus.ISSUING, OrderStatus.ISSUED, OrderStatus.COMPLETED);

        List<HeldCertificateView> held = certificates.ofAccount(account);
        assertThat(held).hasSize(1);
        HeldCertificateView cert = held.get(0);
        assertThat(cert.profile()).isEqualTo(CertificateProfile.ORGANIZATION.name());
        assertThat(cert.algorithm()).isEqualTo("EC_P256");
        assertThat(cert.caName()).isEqualTo(KeyAlgorithm.EC_P256.issuingCaName());
        assertThat(cert.serverKey()).isTrue();
        assertThat(cert.subjectName()).isEqualTo(ApprovedOrders.ORG_NAME);
        CertificateRecord record = ca.findByRequestId(order.id() + ":0:1").orElseThrow();
        assertThat(record.serialHex()).isEqualTo(cert.serialHex());
        assertThat(record.subjectDn()).contains("CN=" + ApprovedOrders.ORG_NAME);

        SandboxInbox.Message sms = Eventually.await("activation SMS", Duration.ofSeconds(30),
                () -> inbox.messages(mobile, 10).stream().filter(m -> m.text().contains(order.number())).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        // no PIN travels: the SMS sends the holder to the activation page to set the signing PIN there
        assertThat(sms.text()).contains("/certificates/" + cert.serialHex() + "/signing-pin")
                .contains("签名口令").contains("不提供下载").doesNotContain("口令为");
        assertThat(inbox.messages(mobile, 10)).filteredOn(m -> m.text().contains(order.number())).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lifecycle_pin_delivery d JOIN lifecycle_certificate c"
                + " ON c.id = d.certificate_id WHERE c.serial_hex = ?", Long.class, cert.serialHex())).isZero();
        assertThat(cert.pinDelivery()).isNull();
        // the kept key knows no PIN until its holder sets one; then that PIN signs for the certificate
        assertThat(cloudKeys.checkPin(cert.serialHex(), "583027").right()).isFalse();
        cloudKeys.setPin(cert.serialHex(), "583027");
        assertThat(ca.pinMatches(cert.caName(), cert.serialHex(), "583027")).isTrue();
        // the key is the one the CA keeps (docs/signing.md); no PKCS#12 leaves
        assertThat(CloudKeyChecks.signsWith(cloudKeys, record.der(), cert.serialHex(), "583027")).isTrue();
        List<String> outbox = jdbc.queryForList("SELECT serialized_event FROM event_publication UNION ALL "
                + "SELECT serialized_event FROM event_publication_archive", String.class);
        assertThat(outbox).anyMatch(e -> e.contains(cert.serialHex()));

        // the "my certificates" page lists it with its downloads
        var user = com.certhall.accounts.AuthenticatedUser.applicant(account, "holder");
        var auth = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .authentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                        .authenticated(user, null, user.authorities()));
        String page = mvc.perform(get("/certificates").with(auth)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("我的证书").contains(cert.serialHex()).contains(ApprovedOrders.ORG_NAME)
                .doesNotContain("/certificates/" + cert.serialHex() + "/download?format=p12").contains("有效")
                .contains("私钥保存在云端").contains("由持有人在激活页面自行设置");
        // and a QR code of the activation page, for the holder's phone (issue 15); a stranger gets none
        byte[] qr = mvc.perform(get("/certificates/{s}/signing-pin/qr.png", cert.serialHex()).with(auth))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(page).contains("/certificates/" + cert.serialHex() + "/signing-pin/qr.png");
        assertThat(com.certhall.support.QrCodes.decode(qr)).startsWith("http")
                .endsWith("/certificates/" + cert.serialHex() + "/signing-pin");
        byte[] chain = mvc.perform(get("/certificates/{s}/download", cert.serialHex()).param("format", "chain")
                .with(auth)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(chain).split("BEGIN CERTIFICATE", -1)).hasSize(4);
        mvc.perform(get("/api/v1/certificates/{s}", cert.serialHex()).accept("*/*").with(auth))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.serialHex")
                        .value(cert.serialHex()));
        mvc.perform(get("/api/v1/certificates/{s}", cert.serialHex().toUpperCase()).accept("application/pkix-cert")
                        .with(auth))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType("application/pkix-cert"));
        var stranger = com.certhall.accounts.AuthenticatedUser.applicant(UUID.randomUUID(), "stranger");
        mvc.perform(get("/certificates/{s}/signing-pin/qr.png", cert.serialHex())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .authentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                                .authenticated(stranger, null, stranger.authorities()))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/certificates/{s}/download", cert.serialHex()).param("format", "p12")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .authentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                                .authenticated(stranger, null, stranger.authorities()))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCrashBetweenIssuanceAndTheStateChangeLeavesExactlyOneCertificatePerLineAfterRecovery() {
        crash.arm();
        UUID account = UUID.randomUUID();
        OrderView order = new ApprovedOrders(orders).cloudOrganization(account,
                AccountsTestSupport.newMobile(), Identities.uscc(), "SM2");
        String requestId = order.id() + ":0:1";

        // the node issued the certificate, then died before the order could be marked issued
        Eventually.await("issuance attempted", Duration.ofSeconds(30),
                () -> jdbc.queryForList("SELECT attempts FROM lifecycle_issuance WHERE application_id = ?",
                        Integer.class, order.id().id()), n -> !n.isEmpty() && n.get(0) >= 1);
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.ISSUING);
        assertThat(certificates.ofOrder(order.id())).hasSize(1);

        // further attempts while still crashing issue nothing new
        driver.issueMissing(order.id());
        recovery.redriveQuietSince(Instant.now().plusSeconds(3600));
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.ISSUING);

        crash.disarm();
        int finished = recovery.redriveQuietSince(Instant.now().plusSeconds(3600));
        assertThat(finished).isGreaterThanOrEqualTo(1);
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.COMPLETED);
        List<HeldCertificateView> held = certificates.ofOrder(order.id());
        assertThat(held).hasSize(1);
        assertThat(ca.findByRequestId(requestId).orElseThrow().serialHex()).isEqualTo(held.get(0).serialHex());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pki_certificate WHERE request_id LIKE ?", Long.class,
                order.id() + ":%")).isEqualTo(1L);
        assertThat(held.get(0).caName()).isEqualTo("sm2-issuing");

        // and driving a finished order again changes nothing
        driver.drive(order.id());
        assertThat(certificates.ofOrder(order.id())).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT status FROM lifecycle_issuance WHERE application_id = ?",
                String.class, order.id().id())).isEqualTo("DONE");
    }

    @Test
    void holdAndReleaseAtTheCaShowInTheHoldersView() {
        UUID account = UUID.randomUUID();
        OrderView order = new ApprovedOrders(orders).cloudOrganization(account,
                AccountsTestSupport.newMobile(), Identities.uscc(), "EC_P256");
        Eventually.await("order completed", Duration.ofSeconds(30), () -> orders.get(order.id()),
                o -> o.status() == OrderStatus.COMPLETED);
        HeldCertificateView cert = certificates.ofAccount(account).get(0);

        ca.revoke(cert.caName(), cert.serialHex(), com.certhall.pki.RevocationReason.CERTIFICATE_HOLD, null);
        Eventually.await("on hold", Duration.ofSeconds(30), () -> certificates.owned(cert.serialHex(), account),
                c -> c.status() == HeldStatus.ON_HOLD);
        ca.releaseHold(cert.caName(), cert.serialHex());
        Eventually.await("valid again", Duration.ofSeconds(30), () -> certificates.owned(cert.serialHex(), account),
                c -> c.status() == HeldStatus.VALID);
        assertThat(certificates.revoke(cert.serialHex(), "CESSATION_OF_OPERATION", "staff:reviewer").status())
                .isEqualTo(HeldStatus.REVOKED);
    }

    @Test
    void aPinThatCouldNotBeSentStaysSealedAndGoesOutOnceWhenTheSmsProviderIsBack() {
        UUID account = UUID.randomUUID();
        String mobile = AccountsTestSupport.newMobile();
        http.postForObject("/sandbox/api/sms/outage", java.util.Map.of("down", true), java.util.Map.class);
        try {
            // a UKEY's PIN is made with its key and handed over when the token is written
            OrderView order = new ProductionDesk(orders, production).produced(account,
                    mobile, Identities.uscc(), "PICKUP");
            String serial = certificates.ofAccount(account).get(0).serialHex();
            Eventually.await("a failed SMS attempt", Duration.ofSeconds(30),
                    () -> jdbc.queryForList("SELECT status FROM notifications_delivery WHERE dedupe_key LIKE ?",
                            String.class, "certificate-pin:%"), l -> l.contains("RETRYING"));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lifecycle_pin_delivery d JOIN lifecycle_certificate c"
                    + " ON c.id = d.certificate_id WHERE c.serial_hex = ? AND d.sealed_pin IS NOT NULL"
                    + " AND d.status = 'PENDING'", Long.class, serial)).isEqualTo(1L);
            assertThat(inbox.messages(mobile, 10)).isEmpty();
        } finally {
            http.postForObject("/sandbox/api/sms/outage", java.util.Map.of("down", false), java.util.Map.class);
        }
        publications.resubmitIncompletePublications(p -> true);
        Eventually.await("PIN SMS", Duration.ofSeconds(30), () -> inbox.messages(mobile, 10),
                l -> l.stream().anyMatch(m -> m.text().contains("口令")));
        Eventually.await("PIN wiped", Duration.ofSeconds(30),
                () -> jdbc.queryForList("SELECT d.channel FROM lifecycle_pin_delivery d JOIN lifecycle_certificate c"
                        + " ON c.id = d.certificate_id WHERE c.account_id = ? AND d.sealed_pin IS NULL",
                        String.class, account), l -> l.contains("SMS"));
        publications.resubmitIncompletePublications(p -> true);
        assertThat(inbox.messages(mobile, 10)).filteredOn(m -> m.text().contains("口令")).hasSize(1);
    }
}
