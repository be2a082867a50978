package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.StaffRole;
import com.certhall.audit.AuditLog;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.pki.CertificateAuthority;
import com.certhall.pki.CertificateStatus;
import com.certhall.support.CallerSecurityContexts;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 证书管理: staff find a holder's certificate by order number, serial or name and revoke it with a reason; a missing
 * reason changes nothing; the CA, the holder's list and the audit log all see the revocation; other roles are
 * refused.
 */
@KnownPortIntegrationTest
class CertificateAdminPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderManagement orders;
    @Autowired
    CertificateManagement certificates;
    @Autowired
    CertificateAuthority ca;
    @Autowired
    AuditLog audit;

    @Test
    void aReviewerFindsACertificateAndRevokesItWithAReason() throws Exception {
        UUID account = UUID.randomUUID();
        OrderView order = new ApprovedOrders(orders).cloudOrganization(account,
                AccountsTestSupport.newMobile(), Identities.uscc(), "EC_P256");
        Eventually.await("issued", Duration.ofSeconds(30), () -> orders.get(order.id()).status(),
                s -> s == OrderStatus.COMPLETED);
        HeldCertificateView cert = certificates.ofAccount(account).get(0);
        String serial = cert.serialHex();

        mvc.perform(get("/admin/certificates").param("q", order.number()).with(staff(StaffRole.REVIEWER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-serial=\"" + serial + "\"")))
                .andExpect(content().string(containsString("密钥泄露")));
        // the serial as a viewer prints it (colons, capitals) and a part of the holder's name find it too
        String spaced = serial.toUpperCase().replaceAll("(..)(?!$)", "$1:");
        mvc.perform(get("/admin/certificates").param("q", spaced).with(staff(StaffRole.REVIEWER)))
                .andExpect(content().string(containsString("data-serial=\"" + serial + "\"")));
        mvc.perform(get("/admin/certificates").param("q", "测试科技").with(staff(StaffRole.REVIEWER)))
                .andExpect(content().string(containsString("data-serial=\"" + serial + "\"")));
        mvc.perform(get("/admin/certificates").param("q", "CH0000000000000000").with(staff(StaffRole.REVIEWER)))
                .andExpect(content().string(containsString("id=\"no-certificates\"")));

        mvc.perform(post("/admin/certificates/" + serial + "/revocation").param("q", order.number())
                        .with(staff(StaffRole.REVIEWER)).with(csrf()))
                .andExpect(redirectedUrl("/admin/certificates?q=" + order.number()))
                .andExpect(flash().attribute("error", containsString("吊销原因")));
        assertThat(certificates.get(serial).status()).isEqualTo(HeldStatus.VALID);

        mvc.perform(post("/admin/certificates/" + serial + "/revocation").param("reason", "KEY_COMPROMISE")
                        .with(staff(StaffRole.REVIEWER)).with(csrf()))
                .andExpect(redirectedUrl("/admin/certificates?q=" + serial))
                .andExpect(flash().attribute("revoked", serial));
        assertThat(certificates.get(serial).status()).isEqualTo(HeldStatus.REVOKED);
        assertThat(ca.find(serial).orElseThrow().status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(audit.recent("lifecycle.revoke", null, 50)).anySatisfy(
                e -> assertThat(e.subject() + e.toString()).contains(serial));
        // a revoked certificate offers no second revocation
        mvc.perform(get("/admin/certificates").param("q", serial).with(staff(StaffRole.REVIEWER)))
                .andExpect(content().string(containsString("已吊销")))
                .andExpect(content().string(not(containsString("/admin/certificates/" + serial + "/revocation"))));
    }

    @Test
    void staffHoldWithAnInvalidityDateAndReleaseThroughThePageAndTheApi() throws Exception {
        UUID account = UUID.randomUUID();
        OrderView order = new ApprovedOrders(orders).cloudOrganization(account,
                AccountsTestSupport.newMobile(), Identities.uscc(), "EC_P256");
        Eventually.await("issued", Duration.ofSeconds(30), () -> orders.get(order.id()).status(),
                s -> s == OrderStatus.COMPLETED);
        String serial = certificates.ofAccount(account).get(0).serialHex();

        mvc.perform(post("/admin/certificates/" + serial + "/revocation").param("reason", "CERTIFICATE_HOLD")
                        .param("invalidityDate", "2026-01-02T03:04").with(staff(StaffRole.REVIEWER)).with(csrf()))
                .andExpect(flash().attribute("revokedStatus", "ON_HOLD"));
        assertThat(ca.find(serial).orElseThrow().invalidityDate()).isEqualTo(Instant.parse("2026-01-01T19:04:00Z"));
        assertThat(crlLists(serial)).isTrue();
        mvc.perform(get("/admin/certificates").param("q", serial).with(staff(StaffRole.REVIEWER)))
                .andExpect(content().string(containsString("/admin/certificates/" + serial + "/release")));

        mvc.perform(post("/admin/certificates/" + serial + "/release").with(staff(StaffRole.REVIEWER)).with(csrf()))
                .andExpect(flash().attribute("revokedStatus", "VALID"));
        assertThat(certificates.get(serial).status()).isEqualTo(HeldStatus.VALID);
        assertThat(ca.find(serial).orElseThrow().status()).isEqualTo(CertificateStatus.GOOD);
        assertThat(crlLists(serial)).isFalse();

        mvc.perform(post("/api/v1/admin/certificates/" + serial + "/revocation").contentType("application/json")
                        .content("{\"reason\":\"CERTIFICATE_HOLD\"}").with(staff(StaffRole.ADMIN)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/admin/certificates/" + serial + "/release").with(staff(StaffRole.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
                        .value("VALID"));
        assertThat(ca.find(serial).orElseThrow().status()).isEqualTo(CertificateStatus.GOOD);
        mvc.perform(post("/api/v1/admin/certificates/" + serial + "/release").with(staff(StaffRole.ADMIN)))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/admin/certificates/" + serial + "/release").with(staff(StaffRole.OPERATOR)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/certificates/" + serial + "/revocation").contentType("application/json")
                        .content("{\"reason\":\"KEY_COMPROMISE\",\"invalidityDate\":\"2999-01-01T00:00:00Z\"}")
                        .with(staff(StaffRole.ADMIN)))
                .andExpect(status().isBadRequest());
        assertThat(audit.recent("lifecycle.release", null, 50)).filteredOn(e -> e.subject().contains(serial))
                .hasSize(2);
    }

    private boolean crlLists(String serial) throws Exception {
        byte[] der = mvc.perform(get("/pki/crl/ecc-issuing.crl")).andReturn().getResponse().getContentAsByteArray();
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        return crl.getRevokedCertificate(new BigInteger(serial, 16)) != null;
    }

    @Test
    void financeAndOperatorsAreRefusedAndReviewersFindThePageFromTheirHome() throws Exception {
        mvc.perform(get("/admin/certificates").with(staff(StaffRole.FINANCE))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/certificates").with(staff(StaffRole.OPERATOR))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/certificates/00/revocation").param("reason", "SUPERSEDED")
                .with(staff(StaffRole.OPERATOR)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(staff(StaffRole.REVIEWER)))
                .andExpect(content().string(containsString("href=\"/admin/certificates\"")));
        mvc.perform(get("/admin").with(staff(StaffRole.OPERATOR)))
                .andExpect(content().string(not(containsString("href=\"/admin/certificates\""))));
    }

    private static RequestPostProcessor staff(StaffRole role) {
        AuthenticatedUser user = AuthenticatedUser.staff(UUID.randomUUID(), role.name().toLowerCase(), Set.of(role));
        return authentication(CallerSecurityContexts.of(user).getAuthentication());
    }
}
