package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Proof of possession before an unchanged renewal (issue 14, docs/lifecycle.md "Renewal"), over REST as the holder's
 * client calls it, for each way a holder proves it:
 * <ul>
 * <li>a cloud certificate's signing PIN: without a proof the renewal does not start; a wrong signing PIN is refused
 * naming {@code pin} and counted; the right one makes the kept SM2 key sign a server challenge that an independent
 * verifier (the JCA's SM3withSM2 over the certificate's public key) accepts, and lets one renewal start within ten
 * minutes; five wrong PINs lock the key and then even the right one proves nothing;</li>
 * <li>a UKEY's key signing the platform's challenge on the token under the token's PIN (the sandbox token): a wrong
 * PIN costs one of the token's tries; a proof is used up by one renewal and lapses after ten minutes; the holder's
 * own middleware may instead fetch a challenge, have the token sign it and post the signature, once;</li>
 * <li>the SMS alternative of a cloud certificate, a code to its administrator's mobile.</li>
 * </ul>
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class RenewalPossessionTests extends HolderTestBase {

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
        jdbc.update("delete from catalog_lifecycle_term where channel_code in ('plateau-trade', 'bid-cloud')");
    }

    @Test
    void theSigningPinProvesPossessionOnceAWrongOneIsNamedAndCountedAndALockedKeyProvesNothing() throws Exception {
        CertificateHolders.Holder holder = holders.register();
        OrderApi api = holder.api();
        UUID account = holder.account();
        String serial = renewableCloud(holder);

        // not activated: there is no PIN to prove anything with
        ResponseEntity<Map> inactive = prove(api, serial, CloudActivation.PIN);
        assertThat(inactive.getStatusCode().value()).isEqualTo(409);
        assertThat((String) inactive.getBody().get("detail")).contains("尚未激活");
        new CloudActivation(signingPins, recorder, clock).activate(account, serial, holder.mobile());

        // without a proof the renewal does not start, and the refusal says why
        assertUnproven(api, serial, "签名口令");

        // no PIN, a wrong PIN: 400 naming pin, the wrong one counted and logged for the holder
        assertWrongPin(api, serial, "111111", "还可尝试 4 次");
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
        assertThat(verifies(certificates.der(serial, account), "SM3withSM2", kept)).isTrue();
        assertThat(new String(Base64.getDecoder().decode((String) kept.get("challenge")))).contains(serial);

        // a proof lasts ten minutes
        clock.advance(Duration.ofMinutes(11));
        assertThat(renew(api, serial).getStatusCode().value()).isEqualTo(409);
        api.ok(prove(api, serial, CloudActivation.PIN), 201);
        assertRenewalStarts(api, serial);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lifecycle_possession_proof WHERE serial_hex = ? "
                + "AND used_at IS NOT NULL", Long.class, serial)).isEqualTo(1L);
        assertThat(audit.recent("lifecycle.possession.proven", "applicant:" + account, 10)).hasSize(2);
        // the holder's signature log shows the proof's signatures and the wrong PIN
        assertThat(jdbc.queryForList("SELECT result FROM signing_log WHERE serial = ?", String.class, serial))
                .containsExactlyInAnyOrder("WRONG_PIN", "SIGNED", "SIGNED");

        // five wrong PINs in a row lock the key: the fifth answers locked, and then even the right PIN proves nothing
        for (int left = 4; left >= 1; left--) {
            assertThat(message(prove(api, serial, "111111"))).contains("还可尝试 " + left + " 次");
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

    @Test
    void theTokenSignsTheChallengeUnderItsPinAWrongPinCountsAndAProofIsUsedOnceWithinTenMinutes() throws Exception {
        CertificateHolders.Holder holder = holders.register();
        OrderApi api = holder.api();
        UUID account = holder.account();
        HeldCertificateView cert = holders.ukey(holder);
        String serial = cert.serialHex();
        String token = "/sandbox/api/tokens/" + cert.tokenSerial();
        holders.offerRenewal("plateau-trade");
        String pin = new UkeyPossession(http).pin(holder.mobile(), cert.orderNumber());
        String wrongPin = pin.equals("000000") ? "000001" : "000000";

        // without a proof the renewal does not start, and the refusal names the field and says why
        assertUnproven(api, serial, "UKEY 口令");
        // a UKEY's proof is its key's signature, not an SMS code
        assertThat(api.call(HttpMethod.POST, "/api/v1/certificates/" + serial + "/possession-sms", null)
                .getStatusCode().value()).isEqualTo(409);

        // no PIN, a wrong PIN: 400 naming pin; the wrong one costs one of the token's tries and is audited
        assertWrongPin(api, serial, wrongPin, "UKEY 还可尝试 4 次");
        assertThat(http.getForObject(token, Map.class)).containsEntry("pinRetriesLeft", 4);
        assertThat(audit.recent("lifecycle.possession.refused", "applicant:" + account, 10))
                .extracting(e -> e.details().get("why")).containsExactly("WRONG_SECRET");

        // the right PIN: the token signed the server's challenge, an independent verifier accepts it, the tries are
        // back
        api.ok(prove(api, serial, pin), 201);
        assertThat(http.getForObject(token, Map.class)).containsEntry("pinRetriesLeft", 5);
        Map<String, Object> kept = jdbc.queryForMap("SELECT challenge, signature, way FROM lifecycle_possession_proof"
                + " WHERE serial_hex = ? AND used_at IS NULL", serial);
        assertThat(kept).containsEntry("way", "TOKEN_PIN");
        assertThat(verifies(certificates.der(serial, account), "SHA256withECDSA", kept)).isTrue();

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
        Map challenge = challenge(api, serial);
        String text = (String) challenge.get("challenge");
        assertThat(text).contains(serial);
        Map other = challenge(api, serial);
        // the signature of another challenge does not answer this one, and uses it up
        String otherSignature = tokenSigns(token, (String) other.get("challenge"), pin);
        ResponseEntity<Map> mismatched = answer(api, serial, challenge.get("challengeId"), otherSignature);
        assertThat(mismatched.getStatusCode().value()).isEqualTo(400);
        assertThat(OrderApi.fields(mismatched)).containsExactly("signature");
        String signature = tokenSigns(token, text, pin);
        assertThat(OrderApi.fields(answer(api, serial, challenge.get("challengeId"), signature)))
                .containsExactly("challengeId");
        api.ok(answer(api, serial, other.get("challengeId"), otherSignature), 201);
        assertRenewalStarts(api, serial);
        assertThat(audit.recent("lifecycle.possession.proven", "applicant:" + account, 10))
                .extracting(e -> e.details().get("way")).containsExactlyInAnyOrder("TOKEN_PIN", "TOKEN_PIN",
                        "SIGNATURE");
    }

    @Test
    void aCloudCertificateMayProvePossessionWithAnSmsCodeToItsAdministratorMobile() {
        CertificateHolders.Holder holder = holders.register();
        OrderApi api = holder.api();
        String mobile = holder.mobile();
        String serial = renewableCloud(holder);

        clock.advance(Duration.ofSeconds(61));
        ResponseEntity<Map> sent = api.call(HttpMethod.POST, "/api/v1/certificates/" + serial + "/possession-sms",
                null);
        assertThat(sent.getStatusCode().value()).isEqualTo(202);
        assertThat(sent.getBody()).containsEntry("maskedMobile", mobile.substring(0, 3) + "****"
                + mobile.substring(7));
        String code = recorder.codeFor(mobile);
        String wrongCode = code.equals("000000") ? "000001" : "000000";
        ResponseEntity<Map> wrong = proveBySms(api, serial, wrongCode);
        assertThat(wrong.getStatusCode().value()).isEqualTo(400);
        assertThat(OrderApi.fields(wrong)).containsExactly("smsCode");
        assertThat(renew(api, serial).getStatusCode().value()).isEqualTo(409);
        api.ok(proveBySms(api, serial, code), 201);
        // the code is used up with the proof
        assertThat(proveBySms(api, serial, code).getStatusCode().value()).isEqualTo(400);
        assertRenewalStarts(api, serial);
        assertThat(audit.recent("lifecycle.possession.proven", "applicant:" + holder.account(), 10))
                .extracting(e -> e.details().get("way")).containsExactly("SMS");
    }

    /** The serial of the holder's SM2 cloud certificate, of a channel that offers its unchanged renewal. */
    private String renewableCloud(CertificateHolders.Holder holder) {
        String serial = holders.cloud(holder);
        holders.offerRenewal("bid-cloud");
        return serial;
    }

    /** Without a proof the renewal is refused, naming the certificate and saying which secret proves possession. */
    private static void assertUnproven(OrderApi api, String serial, String secret) {
        ResponseEntity<Map> unproven = renew(api, serial);
        assertThat(unproven.getStatusCode().value()).isEqualTo(409);
        assertThat(OrderApi.fields(unproven)).containsExactly("certificateSerial");
        assertThat((String) unproven.getBody().get("detail")).contains(secret);
    }

    /** No PIN and a wrong PIN are refused naming {@code pin}, the wrong one with the tries left; no renewal starts. */
    private static void assertWrongPin(OrderApi api, String serial, String wrongPin, String triesLeft) {
        assertThat(OrderApi.fields(prove(api, serial, ""))).containsExactly("pin");
        ResponseEntity<Map> wrong = prove(api, serial, wrongPin);
        assertThat(wrong.getStatusCode().value()).isEqualTo(400);
        assertThat(OrderApi.fields(wrong)).containsExactly("pin");
        assertThat(message(wrong)).contains(triesLeft);
        assertThat(renew(api, serial).getStatusCode().value()).isEqualTo(409);
    }

    private static void assertRenewalStarts(OrderApi api, String serial) {
        Map renewal = api.ok(renew(api, serial), 201);
        assertThat(renewal).containsEntry("type", "RENEWAL").containsEntry("certificateSerial", serial);
    }

    private static String message(ResponseEntity<Map> problem) {
        return (String) ((List<Map>) problem.getBody().get("errors")).get(0).get("message");
    }

    private String tokenSigns(String token, String challenge, String pin) {
        ResponseEntity<Map> signed = http.postForEntity(token + "/signatures", Map.of("challenge", challenge,
                "pin", pin), Map.class);
        assertThat(signed.getStatusCode().value()).as("%s", signed.getBody()).isEqualTo(200);
        return (String) signed.getBody().get("signature");
    }

    private static Map challenge(OrderApi api, String serial) {
        return api.ok(api.call(HttpMethod.POST, "/api/v1/certificates/" + serial + "/possession-challenges", null),
                201);
    }

    private static ResponseEntity<Map> answer(OrderApi api, String serial, Object challengeId, String signature) {
        return proof(api, serial, Map.of("challengeId", challengeId, "signature", signature));
    }

    private static ResponseEntity<Map> prove(OrderApi api, String serial, String pin) {
        return proof(api, serial, Map.of("pin", pin));
    }

    private static ResponseEntity<Map> proveBySms(OrderApi api, String serial, String code) {
        return proof(api, serial, Map.of("smsCode", code));
    }

    private static ResponseEntity<Map> proof(OrderApi api, String serial, Map<String, Object> body) {
        return api.call(HttpMethod.POST, "/api/v1/certificates/" + serial + "/possession-proof", body);
    }

    private static ResponseEntity<Map> renew(OrderApi api, String serial) {
        return api.call(HttpMethod.POST, "/api/v1/orders", Map.of("type", "RENEWAL", "certificateSerial", serial,
                "agreementAccepted", true));
    }

    /**
     * Whether the kept signature over the kept challenge verifies with the certificate's public key, as a relying
     * party checks it: SM3withSM2 with the default ID (GM/T 0009) through Bouncy Castle, ECDSA through the JDK.
     */
    private static boolean verifies(byte[] der, String algorithm, Map<String, Object> kept) throws Exception {
        boolean sm2 = algorithm.equals("SM3withSM2");
        X509Certificate cert = (X509Certificate) (sm2 ? CertificateFactory.getInstance("X.509", "BC")
                : CertificateFactory.getInstance("X.509")).generateCertificate(new ByteArrayInputStream(der));
        Signature verifier = sm2 ? Signature.getInstance(algorithm, "BC") : Signature.getInstance(algorithm);
        verifier.initVerify(cert.getPublicKey());
        verifier.update(Base64.getDecoder().decode((String) kept.get("challenge")));
        return verifier.verify(Base64.getDecoder().decode((String) kept.get("signature")));
    }
}
