package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsTestSupport;
import com.certhall.audit.AuditLog;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.OrderApi;
import com.certhall.support.TestClock;
import java.io.ByteArrayInputStream;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
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
 * Proof of possession before an unchanged renewal of a UKEY certificate, and the SMS alternative of a cloud
 * certificate (issue 14, docs/lifecycle.md "Renewal"), over REST as the holder's client calls it. The UKEY's key
 * signs the platform's challenge on the token under the token's PIN (the sandbox token): without a proof the renewal
 * does not start; a wrong PIN is refused naming {@code pin} and costs one of the token's tries; a proof is used up by
 * one renewal and lapses after ten minutes. The holder's own middleware may instead fetch a challenge, have the token
 * sign it and post the signature, once.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class UkeyRenewalPossessionTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    CertificateHolders holders;
    @Autowired
    CertificateManagement certificates;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void channelTermsBack() {
        jdbc.update("delete from catalog_lifecycle_term where channel_code in ('plateau-trade', 'bid-cloud')");
    }

    @Test
    void theTokenSignsTheChallengeUnderItsPinAWrongPinCountsAndAProofIsUsedOnceWithinTenMinutes() throws Exception {
        CertificateHolders.Holder holder = holders.register();
        OrderApi api = holder.api();
        UUID account = holder.account();
        String mobile = holder.mobile();
        HeldCertificateView cert = holders.ukey(holder);
        String serial = cert.serialHex();
        String token = "/sandbox/api/tokens/" + cert.tokenSerial();
        holders.offerRenewal("plateau-trade");
        String pin = new UkeyPossession(http).pin(mobile, cert.orderNumber());
        String wrongPin = pin.equals("000000") ? "000001" : "000000";

        // without a proof the renewal does not start, and the refusal names the field and says why
        ResponseEntity<Map> unproven = renew(api, serial);
        assertThat(unproven.getStatusCode().value()).isEqualTo(409);
        assertThat(OrderApi.fields(unproven)).containsExactly("certificateSerial");
        assertThat((String) unproven.getBody().get("detail")).contains("UKEY 口令");
        // a UKEY's proof is its key's signature, not an SMS code
        assertThat(api.call(HttpMethod.POST, "/api/v1/certificates/" + serial + "/possession-sms", null)
                .getStatusCode().value()).isEqualTo(409);

        // no PIN, a wrong PIN: 400 naming pin; the wrong one costs one of the token's tries and is audited
        assertThat(OrderApi.fields(prove(api, serial, ""))).containsExactly("pin");
        ResponseEntity<Map> wrong = prove(api, serial, wrongPin);
        assertThat(wrong.getStatusCode().value()).isEqualTo(400);
        assertThat(OrderApi.fields(wrong)).containsExactly("pin");
        assertThat((String) ((List<Map>) wrong.getBody().get("errors")).get(0).get("message"))
                .contains("UKEY 还可尝试 4 次");
        assertThat(http.getForObject(token, Map.class)).containsEntry("pinRetriesLeft", 4);
        assertThat(renew(api, serial).getStatusCode().value()).isEqualTo(409);
        assertThat(audit.recent("lifecycle.possession.refused", "applicant:" + account, 10))
                .extracting(e -> e.details().get("why")).containsExactly("WRONG_SECRET");

        // the right PIN: the token signed the server's challenge, an independent verifier accepts it, the tries are back
        api.ok(prove(api, serial, pin), 201);
        assertThat(http.getForObject(token, Map.class)).containsEntry("pinRetriesLeft", 5);
        Map<String, Object> kept = jdbc.queryForMap("SELECT challenge, signature, way FROM lifecycle_possession_proof"
                + " WHERE serial_hex = ? AND used_at IS NULL", serial);
        assertThat(kept).containsEntry("way", "TOKEN_PIN");
        assertThat(verifies(certificates.der(serial, account), Base64.getDecoder().decode((String) kept.get(
                "challenge")), (String) kept.get("signature"))).isTrue();

        // a proof lapses after ten minutes
        clock.advance(Duration.ofMinutes(11));
        assertThat(OrderApi.fields(renew(api, serial))).containsExactly("certificateSerial");

        // a proof is good for one renewal: cancelled, the next renewal needs a new proof
        api.ok(prove(api, serial, pin), 201);
        Map first = api.ok(renew(api, serial), 201);
        api.ok(api.call(HttpMethod.POST, "/api/v1/orders/" + first.get("id") + "/cancellation", Map.of()));
        ResponseEntity<Map> again = renew(api, serial);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat((String) again.getBody().get("detail")).contains("UKEY 口令");

        // the holder's middleware: a challenge from the platform, signed by the token, answered once
        Map challenge = api.ok(api.call(HttpMethod.POST, "/api/v1/certificates/" + serial
                + "/possession-challenges", null), 201);
        String text = (String) challenge.get("challenge");
        assertThat(text).contains(serial);
        Map other = api.ok(api.call(HttpMethod.POST, "/api/v1/certificates/" + serial + "/possession-challenges",
                null), 201);
        // the signature of another challenge does not answer this one, and uses it up
        String otherSignature = tokenSigns(token, (String) other.get("challenge"), pin);
        ResponseEntity<Map> mismatched = answer(api, serial, challenge.get("challengeId"), otherSignature);
        assertThat(mismatched.getStatusCode().value()).isEqualTo(400);
        assertThat(OrderApi.fields(mismatched)).containsExactly("signature");
        String signature = tokenSigns(token, text, pin);
        assertThat(OrderApi.fields(answer(api, serial, challenge.get("challengeId"), signature)))
                .containsExactly("challengeId");
        api.ok(answer(api, serial, other.get("challengeId"), otherSignature), 201);
        Map renewal = api.ok(renew(api, serial), 201);
        assertThat(renewal).containsEntry("type", "RENEWAL").containsEntry("certificateSerial", serial);
        assertThat(audit.recent("lifecycle.possession.proven", "applicant:" + account, 10))
                .extracting(e -> e.details().get("way")).containsExactlyInAnyOrder("TOKEN_PIN", "TOKEN_PIN",
                        "SIGNATURE");
    }

    @Test
    void aCloudCertificateMayProvePossessionWithAnSmsCodeToItsAdministratorMobile() {
        CertificateHolders.Holder holder = holders.register();
        OrderApi api = holder.api();
        UUID account = holder.account();
        String mobile = holder.mobile();
        String serial = holders.cloud(holder);
        holders.offerRenewal("bid-cloud");

        clock.advance(Duration.ofSeconds(61));
        ResponseEntity<Map> sent = api.call(HttpMethod.POST, "/api/v1/certificates/" + serial + "/possession-sms",
                null);
        assertThat(sent.getStatusCode().value()).isEqualTo(202);
        assertThat(sent.getBody()).containsEntry("maskedMobile", mobile.substring(0, 3) + "****"
                + mobile.substring(7));
        String code = recorder.codeFor(mobile);
        String wrongCode = code.equals("000000") ? "000001" : "000000";
        ResponseEntity<Map> wrong = api.call(HttpMethod.POST, "/api/v1/certificates/" + serial
                + "/possession-proof", Map.of("smsCode", wrongCode));
        assertThat(wrong.getStatusCode().value()).isEqualTo(400);
        assertThat(OrderApi.fields(wrong)).containsExactly("smsCode");
        assertThat(renew(api, serial).getStatusCode().value()).isEqualTo(409);
        api.ok(api.call(HttpMethod.POST, "/api/v1/certificates/" + serial + "/possession-proof",
                Map.of("smsCode", code)), 201);
        // the code is used up with the proof
        assertThat(api.call(HttpMethod.POST, "/api/v1/certificates/" + serial + "/possession-proof",
                Map.of("smsCode", code)).getStatusCode().value()).isEqualTo(400);
        Map renewal = api.ok(renew(api, serial), 201);
        assertThat(renewal).containsEntry("type", "RENEWAL").containsEntry("certificateSerial", serial);
        assertThat(audit.recent("lifecycle.possession.proven", "applicant:" + account, 10))
                .extracting(e -> e.details().get("way")).containsExactly("SMS");
    }

    private String tokenSigns(String token, String challenge, String pin) {
        ResponseEntity<Map> signed = http.postForEntity(token + "/signatures", Map.of("challenge", challenge,
                "pin", pin), Map.class);
        assertThat(signed.getStatusCode().value()).as("%s", signed.getBody()).isEqualTo(200);
        return (String) signed.getBody().get("signature");
    }

    private static ResponseEntity<Map> answer(OrderApi api, String serial, Object challengeId, String signature) {
        return api.call(HttpMethod.POST, "/api/v1/certificates/" + serial + "/possession-proof",
                Map.of("challengeId", challengeId, "signature", signature));
    }

    private static ResponseEntity<Map> prove(OrderApi api, String serial, String pin) {
        return api.call(HttpMethod.POST, "/api/v1/certificates/" + serial + "/possession-proof", Map.of("pin", pin));
    }

    private static ResponseEntity<Map> renew(OrderApi api, String serial) {
        return api.call(HttpMethod.POST, "/api/v1/orders", Map.of("type", "RENEWAL", "certificateSerial", serial,
                "agreementAccepted", true));
    }

    /** SHA256withECDSA over the message with the certificate's public key, as a relying party checks it. */
    private static boolean verifies(byte[] der, byte[] message, String signature) throws Exception {
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(cert.getPublicKey());
        verifier.update(message);
        return verifier.verify(Base64.getDecoder().decode(signature));
    }
}
