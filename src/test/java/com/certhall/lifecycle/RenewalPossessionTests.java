package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.audit.AuditLog;
import com.certhall.signing.domain.SigningPins;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.OrderApi;
import com.certhall.support.TestClock;
import java.io.ByteArrayInputStream;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Proof of possession before an unchanged renewal of a cloud certificate (issue 14, docs/lifecycle.md "Renewal"), over
 * REST as the holder's client calls it: without a proof the renewal does not start; a wrong signing PIN is refused
 * naming {@code pin} and counted; the right one makes the kept SM2 key sign a server challenge that an independent
 * verifier (the JCA's SM3withSM2 over the certificate's public key) accepts, and lets one renewal start within ten
 * minutes; five wrong PINs lock the key and then even the right one proves nothing.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class RenewalPossessionTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    CertificateHolders holders;
    @Autowired
    CertificateManagement certificates;
    @Autowired
    SigningPins signingPins;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void channelTermsBack() {
        jdbc.update("delete from catalog_lifecycle_term where channel_code = 'bid-cloud'");
    }

    @Test
    void theSigningPinProvesPossessionOnceAWrongOneIsNamedAndCountedAndALockedKeyProvesNothing() throws Exception {
        CertificateHolders.Holder holder = holders.register();
        OrderApi api = holder.api();
        UUID account = holder.account();
        String mobile = holder.mobile();
        String serial = holders.cloud(holder);
        holders.offerRenewal("bid-cloud");

        // not activated: there is no PIN to prove anything with
        ResponseEntity<Map> inactive = prove(api, serial, CloudActivation.PIN);
        assertThat(inactive.getStatusCode().value()).isEqualTo(409);
        assertThat((String) inactive.getBody().get("detail")).contains("尚未激活");
        new CloudActivation(signingPins, recorder, clock).activate(account, serial, mobile);

        // without a proof the renewal does not start, and the refusal says why
        ResponseEntity<Map> unproven = renew(api, serial);
        assertThat(unproven.getStatusCode().value()).isEqualTo(409);
        assertThat(OrderApi.fields(unproven)).containsExactly("certificateSerial");
        assertThat((String) unproven.getBody().get("detail")).contains("签名口令");

        // no PIN, a wrong PIN: 400 naming pin, the wrong one counted and logged for the holder
        assertThat(OrderApi.fields(prove(api, serial, ""))).containsExactly("pin");
        ResponseEntity<Map> wrong = prove(api, serial, "111111");
        assertThat(wrong.getStatusCode().value()).isEqualTo(400);
        assertThat(OrderApi.fields(wrong)).containsExactly("pin");
        assertThat((String) ((List<Map>) wrong.getBody().get("errors")).get(0).get("message")).contains("还可尝试 4 次");
        assertThat(renew(api, serial).getStatusCode().value()).isEqualTo(409);
        assertThat(audit.recent("lifecycle.possession.refused", "applicant:" + account, 10))
                .extracting(e -> e.details().get("why")).containsExactlyInAnyOrder("NOT_ACTIVATED", "WRONG_SECRET");

        // the right PIN: the key signed the server's challenge, and an independent verifier accepts the signature
        Instant before = clock.instant();
        Map proof = api.ok(prove(api, serial, CloudActivation.PIN), 201);
        assertThat(proof).containsEntry("serialHex", serial);
        assertThat(Instant.parse((String) proof.get("validUntil")))
                .isBetween(before.plus(Duration.ofMinutes(10)), clock.instant().plus(Duration.ofMinutes(10)));
        Map<String, Object> kept = jdbc.queryForMap("SELECT challenge, signature FROM lifecycle_possession_proof "
                + "WHERE serial_hex = ? AND used_at IS NULL", serial);
        assertThat(verifiesSm2(certificates.der(serial, account), (String) kept.get("challenge"),
                (String) kept.get("signature"))).isTrue();
        assertThat(new String(Base64.getDecoder().decode((String) kept.get("challenge")))).contains(serial);

        // a proof lasts ten minutes
        clock.advance(Duration.ofMinutes(11));
        assertThat(renew(api, serial).getStatusCode().value()).isEqualTo(409);
        api.ok(prove(api, serial, CloudActivation.PIN), 201);
        Map renewal = api.ok(renew(api, serial), 201);
        assertThat(renewal).containsEntry("type", "RENEWAL").containsEntry("certificateSerial", serial);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lifecycle_possession_proof WHERE serial_hex = ? "
                + "AND used_at IS NOT NULL", Long.class, serial)).isEqualTo(1L);
        assertThat(audit.recent("lifecycle.possession.proven", "applicant:" + account, 10)).hasSize(2);
        // the holder's signature log shows the proof's signatures and the wrong PIN
        assertThat(jdbc.queryForList("SELECT result FROM signing_log WHERE serial = ?", String.class, serial))
                .containsExactlyInAnyOrder("WRONG_PIN", "SIGNED", "SIGNED");

        // five wrong PINs in a row lock the key: the fifth answers locked, and then even the right PIN proves nothing
        for (int left = 4; left >= 1; left--) {
            assertThat((String) ((List<Map>) prove(api, serial, "111111").getBody().get("errors")).get(0)
                    .get("message")).contains("还可尝试 " + left + " 次");
        }
        ResponseEntity<Map> locked = prove(api, serial, "111111");
        assertThat(locked.getStatusCode().value()).isEqualTo(409);
        assertThat((String) locked.getBody().get("detail")).contains("已锁定");
        ResponseEntity<Map> stillLocked = prove(api, serial, CloudActivation.PIN);
        assertThat(stillLocked.getStatusCode().value()).isEqualTo(409);
        assertThat((String) stillLocked.getBody().get("detail")).contains("已锁定");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lifecycle_possession_proof WHERE serial_hex = ?",
                Long.class, serial)).isEqualTo(2L);

        // another account proves nothing for this certificate
        OrderApi stranger = holders.register().api();
        assertThat(prove(stranger, serial, CloudActivation.PIN).getStatusCode().value()).isEqualTo(404);
    }

    private static ResponseEntity<Map> prove(OrderApi api, String serial, String pin) {
        return api.call(HttpMethod.POST, "/api/v1/certificates/" + serial + "/possession-proof", Map.of("pin", pin));
    }

    private static ResponseEntity<Map> renew(OrderApi api, String serial) {
        return api.call(HttpMethod.POST, "/api/v1/orders", Map.of("type", "RENEWAL", "certificateSerial", serial,
                "agreementAccepted", true));
    }

    /** SM3withSM2 with the default ID over the message, with the certificate's public key (GM/T 0009). */
    private static boolean verifiesSm2(byte[] der, String challenge, String signature) throws Exception {
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509", "BC")
                .generateCertificate(new ByteArrayInputStream(der));
        Signature verifier = Signature.getInstance("SM3withSM2", "BC");
        verifier.initVerify(cert.getPublicKey());
        verifier.update(Base64.getDecoder().decode(challenge));
        return verifier.verify(Base64.getDecoder().decode(signature));
    }
}
