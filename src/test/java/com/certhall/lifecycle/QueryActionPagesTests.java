package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.Captcha;
import com.certhall.accounts.CaptchaService;
import com.certhall.audit.AuditLog;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 14, entry points (2nd bullet): from the certificate query, without login, the visitor who proved control of a
 * handler's mobile renews, revokes or unlocks the subject's certificates — only in the browser session that typed the
 * code, only the subject's certificates, and each action with the same checks as from "我的证书" (the SMS signature to
 * the handler on record, the UNLOCK code to the certificate's handler mobile).
 */
@KnownPortIntegrationTest
class QueryActionPagesTests {

    private static final Pattern QUERY = Pattern.compile("/certificate-query/([0-9a-f-]{36})/sms");

    @Autowired
    MockMvc mvc;
    @Autowired
    CaptchaService captchas;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    OrderManagement orders;
    @Autowired
    CertificateManagement certificates;
    @Autowired
    ProductionManagement production;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    com.certhall.support.TestClock clock;
    @Autowired
    com.certhall.signing.domain.SigningPins signingPins;

    @AfterEach
    void channelTermsBack() {
        jdbc.update("delete from catalog_lifecycle_term where channel_code = 'bid-cloud'");
    }

    @Test
    void theVisitorWhoAnsweredRevokesAndUnlocksWithoutLogin() throws Exception {
        String mobile = AccountsTestSupport.newMobile();
        String uscc = Identities.uscc();
        UUID account = UUID.randomUUID();
        String cloud = cloudCertificate(account, mobile, uscc);
        OrderView ukeyOrder = new ProductionDesk(orders, production).produced(account, mobile, uscc, "MAIL");
        String ukey = certificates.ofOrder(ukeyOrder.id()).get(0).serialHex();
        String stranger = cloudCertificate(UUID.randomUUID(), AccountsTestSupport.newMobile(), Identities.uscc());

        // nothing without a proven query in this session
        Jar nobody = new Jar();
        mvc.perform(get("/certificate-query/certificates/{s}/revocation", cloud).with(nobody))
                .andExpect(status().isConflict());
        mvc.perform(post("/certificate-query/certificates/{s}/revocation", cloud).with(nobody).with(csrf())
                .param("reason", "KEY_COMPROMISE").param("agreementAccepted", "true"))
                .andExpect(status().isConflict());

        Jar session = new Jar();
        String results = prove(session, uscc, mobile);
        assertThat(results).contains("/certificate-query/certificates/" + cloud + "/revocation",
                "/certificate-query/certificates/" + ukey + "/unlock", "id=\"acting-until\"");
        mvc.perform(get("/certificate-query/certificates/{s}/revocation", stranger).with(session))
                .andExpect(status().isNotFound());
        mvc.perform(get("/certificate-query/certificates/{s}/revocation", cloud).with(nobody))
                .andExpect(status().isConflict());

        // unlock: the UNLOCK code to the certificate's handler mobile, then the response code
        String unlockPage = page(get("/certificate-query/certificates/{s}/unlock", ukey).with(session));
        assertThat(unlockPage).contains("/certificate-query/certificates/" + ukey + "/unlock/sms");
        page(post("/certificate-query/certificates/{s}/unlock/sms", ukey).with(session).with(csrf())
                .param("challenge", "0123456789ABCDEF"));
        String unlocked = page(post("/certificate-query/certificates/{s}/unlock", ukey).with(session)
                .with(csrf()).param("challenge", "0123456789ABCDEF").param("smsCode", recorder.codeFor(mobile)));
        assertThat(unlocked).containsPattern("id=\"response-code\"[^>]*>[0-9A-F]{16}<");

        // revocation: reason, then the signature code to the handler on record; revoked on signing
        String refused = page(post("/certificate-query/certificates/{s}/revocation", cloud).with(session)
                .with(csrf()).param("agreementAccepted", "true"));
        assertThat(refused).contains("id=\"start\"").contains("class=\"error\"");
        String sign = page(post("/certificate-query/certificates/{s}/revocation", cloud).with(session)
                .with(csrf()).param("reason", "KEY_COMPROMISE").param("agreementAccepted", "true"));
        assertThat(sign).contains(mobile.substring(0, 3) + "****" + mobile.substring(7), "id=\"sms-sent\"");
        String orderId = between(sign, "/certificate-query/orders/", "/signature");
        String wrong = page(post("/certificate-query/orders/{id}/signature", orderId).with(session).with(csrf())
                .param("smsCode", "000000".equals(recorder.codeFor(mobile)) ? "111111" : "000000"));
        assertThat(wrong).contains("id=\"query-sign\"");
        assertThat(certificates.get(cloud).status()).isEqualTo(HeldStatus.VALID);
        mvc.perform(post("/certificate-query/orders/{id}/signature", orderId).with(nobody).with(csrf())
                .param("smsCode", recorder.codeFor(mobile))).andExpect(status().isConflict());
        String done = page(post("/certificate-query/orders/{id}/signature", orderId).with(session).with(csrf())
                .param("smsCode", recorder.codeFor(mobile)));
        assertThat(done).contains("id=\"query-done\"", "已注销");
        assertThat(certificates.get(cloud).status()).isEqualTo(HeldStatus.REVOKED);
        OrderView revocation = orders.get(new com.certhall.orders.OrderId(UUID.fromString(orderId)));
        assertThat(revocation.type()).isEqualTo(OrderType.REVOCATION);
        assertThat(revocation.accountId()).as("the holder's account").isEqualTo(account);
        assertThat(revocation.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(audit.recent("lifecycle.revokeForOrder", "anonymous:", 50))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("certificate:" + cloud));
    }

    @Test
    void anUnchangedRenewalIsStartedAndSignedWithoutLogin() throws Exception {
        offerRenewalOnBidCloud();
        String mobile = AccountsTestSupport.newMobile();
        String uscc = Identities.uscc();
        UUID account = UUID.randomUUID();
        String cloud = cloudCertificate(account, mobile, uscc);
        new CloudActivation(signingPins, recorder, clock).activate(account, cloud, mobile);
        Jar session = new Jar();
        assertThat(prove(session, uscc, mobile)).contains("/certificate-query/certificates/" + cloud + "/renewal");

        assertThat(page(get("/certificate-query/certificates/{s}/renewal", cloud).with(session)))
                .contains("/certificate-query/certificates/" + cloud + "/renewal", "返回证书查询", "id=\"pin\"");
        // the key proves possession with the signing PIN before the order starts: without it nothing starts
        assertThat(page(post("/certificate-query/certificates/{s}/renewal", cloud).with(session).with(csrf())
                .param("agreementAccepted", "true"))).contains("field invalid").contains("口令不能为空");
        assertThat(orders.ofAccount(account)).noneMatch(o -> o.type() == OrderType.RENEWAL);
        String sign = page(post("/certificate-query/certificates/{s}/renewal", cloud).with(session).with(csrf())
                .param("agreementAccepted", "true").param("pin", CloudActivation.PIN));
        String orderId = between(sign, "/certificate-query/orders/", "/signature");
        String done = page(post("/certificate-query/orders/{id}/signature", orderId).with(session).with(csrf())
                .param("smsCode", recorder.codeFor(mobile)));
        assertThat(done).contains("id=\"login-to-pay\"", "/orders/" + orderId + "/payment");
        OrderView renewal = orders.get(new com.certhall.orders.OrderId(UUID.fromString(orderId)));
        assertThat(renewal.type()).isEqualTo(OrderType.RENEWAL);
        assertThat(renewal.accountId()).isEqualTo(account);
        assertThat(renewal.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(renewal.certificateSerial()).isEqualTo(cloud);
    }

    @Test
    void aCloudCertificatesRenewalWithoutLoginMayProvePossessionWithAnSmsCodeToItsAdministratorMobile()
            throws Exception {
        offerRenewalOnBidCloud();
        String mobile = AccountsTestSupport.newMobile();
        String uscc = Identities.uscc();
        UUID account = UUID.randomUUID();
        String cloud = cloudCertificate(account, mobile, uscc);
        Jar session = new Jar();
        prove(session, uscc, mobile);
        String renewal = "/certificate-query/certificates/{s}/renewal";
        assertThat(page(get(renewal, cloud).with(session))).contains("id=\"send-possession-sms\"", "id=\"smsCode\"");
        String sent = page(post(renewal + "/possession-sms", cloud).with(session).with(csrf()));
        assertThat(sent).contains("id=\"possession-sms-sent\"", mobile.substring(0, 3) + "****" + mobile.substring(7));
        String code = recorder.codeFor(mobile);
        // a wrong code is named and starts nothing
        assertThat(page(post(renewal, cloud).with(session).with(csrf()).param("agreementAccepted", "true")
                .param("smsCode", code.equals("000000") ? "000001" : "000000"))).contains("field invalid");
        assertThat(orders.ofAccount(account)).noneMatch(o -> o.type() == OrderType.RENEWAL);
        String sign = page(post(renewal, cloud).with(session).with(csrf()).param("agreementAccepted", "true")
                .param("smsCode", code));
        String orderId = between(sign, "/certificate-query/orders/", "/signature");
        OrderView started = orders.get(new com.certhall.orders.OrderId(UUID.fromString(orderId)));
        assertThat(started.type()).isEqualTo(OrderType.RENEWAL);
        assertThat(started.certificateSerial()).isEqualTo(cloud);
        assertThat(jdbc.queryForObject("SELECT way FROM lifecycle_possession_proof WHERE serial_hex = ?",
                String.class, cloud)).isEqualTo("SMS");
    }

    /** The query of the page: USCC and captcha, the first handler, the code; answers the result page. */
    private String prove(Jar session, String uscc, String mobile) throws Exception {
        Captcha captcha = captchas.create();
        String started = kept(session, post("/certificate-query").with(csrf()).param("subjectCode", uscc)
                .param("captchaId", captcha.id().toString())
                .param("captchaAnswer", captchas.answerFor(captcha.id()).orElseThrow()));
        Matcher m = QUERY.matcher(started);
        assertThat(m.find()).as(started).isTrue();
        String id = m.group(1);
        kept(session, post("/certificate-query/{id}/sms", id).with(csrf()).param("handler", "0"));
        return kept(session, post("/certificate-query/{id}/confirmation", id).with(csrf())
                .param("smsCode", recorder.codeFor(mobile)));
    }

    private String kept(Jar session, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(session)).andExpect(status().isOk()).andReturn();
        session.keep(result);
        return result.getResponse().getContentAsString();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
        return result.getResponse().getContentAsString();
    }

    /** The browser's cookie jar: the session lives in the database behind its cookie, as in production. */
    static final class Jar implements RequestPostProcessor {

        private Cookie cookie;

        @Override
        public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
            if (cookie != null) {
                request.setCookies(cookie);
            }
            return request;
        }

        void keep(MvcResult result) {
            Cookie set = result.getResponse().getCookie("JSESSIONID");
            if (set != null) {
                cookie = set;
            }
        }
    }

    /** bid-cloud's lifecycle terms offer renewal, with no price of its own and a window of 366 days. */
    private void offerRenewalOnBidCloud() {
        jdbc.update("insert into catalog_lifecycle_term (channel_code, service, offered, price_fen, window_days) "
                + "values ('bid-cloud', 'RENEWAL', true, null, 366)");
    }

    private String cloudCertificate(UUID account, String mobile, String uscc) {
        OrderView order = new ApprovedOrders(orders).cloudOrganization(account, mobile, uscc, "EC_P256");
        Eventually.await("issued", Duration.ofSeconds(30), () -> orders.get(order.id()).status(),
                s -> s == OrderStatus.COMPLETED);
        return certificates.ofOrder(order.id()).get(0).serialHex();
    }

    private static String between(String text, String before, String after) {
        int from = text.indexOf(before) + before.length();
        return text.substring(from, text.indexOf(after, from));
    }

}
