package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.audit.AuditLog;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.OrderApi;
import com.certhall.support.TestClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Issue 14, item 4 over REST as a holder's or partner's system calls it: wrong PINs lock the sandbox UKEY, its
 * challenge and an SMS code give the response code, the token takes it with a new PIN and the new PIN works; a code
 * is good once, a second code for the same challenge is refused, and a challenge older than 10 minutes is refused.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class UnlockJourneyTests extends HolderTestBase {

    @Autowired
    AuditLog audit;
    @Autowired
    TestClock clock;

    @Test
    void aLockedUkeyIsUnblockedWithAOneTimeCodeAndANewPin() {
        CertificateHolders.Holder holder = holders.register();
        OrderApi api = holder.api();
        String mobile = holder.mobile();
        HeldCertificateView cert = holders.ukey(holder);
        String token = "/sandbox/api/tokens/" + cert.tokenSerial();
        String serial = cert.serialHex();

        for (int i = 4; i >= 0; i--) {
            Map state = ok(http.postForEntity(token + "/pin-checks", Map.of("pin", "000000"), Map.class));
            assertThat(state.get("pinRetriesLeft")).isEqualTo(i);
        }
        assertThat(http.getForObject(token, Map.class)).containsEntry("locked", true);
        assertThat(http.postForEntity(token + "/pin-checks", Map.of("pin", "000000"), Map.class)
                .getStatusCode().value()).isEqualTo(409);

        String challenge = (String) ok(http.postForEntity(token + "/challenge", null, Map.class)).get("challenge");
        assertThat(challenge).matches("[0-9A-F]{16}");
        ResponseEntity<Map> sent = api.call(HttpMethod.POST, "/api/v1/certificates/" + serial + "/unlock-sms", null);
        assertThat(sent.getStatusCode().value()).isEqualTo(202);
        assertThat(sent.getBody().get("maskedMobile")).isEqualTo(mobile.substring(0, 3) + "****"
                + mobile.substring(7));
        String sms = recorder.codeFor(mobile);
        ResponseEntity<Map> bad = api.call(HttpMethod.POST, "/api/v1/certificates/" + serial + "/unlock-codes",
                Map.of("challenge", "12345", "smsCode", sms));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(OrderApi.fields(bad)).containsExactly("challenge");
        String grouped = challenge.substring(0, 4) + " " + challenge.substring(4, 8) + " "
                + challenge.substring(8, 12) + " " + challenge.substring(12).toLowerCase();
        ResponseEntity<Map> issued = api.call(HttpMethod.POST, "/api/v1/certificates/" + serial + "/unlock-codes",
                Map.of("challenge", grouped, "smsCode", sms));
        assertThat(issued.getStatusCode().value()).as("%s", issued.getBody()).isEqualTo(201);
        String code = (String) issued.getBody().get("responseCode");
        assertThat(code).matches("[0-9A-F]{16}");
        assertThat(issued.getBody()).containsEntry("tokenSerial", cert.tokenSerial());

        Map unlocked = ok(http.postForEntity(token + "/unlock", Map.of("responseCode", code, "newPin", "135790"),
                Map.class));
        assertThat(unlocked).containsEntry("locked", false).containsEntry("pinRetriesLeft", 5);
        assertThat(ok(http.postForEntity(token + "/pin-checks", Map.of("pin", "000000"), Map.class)))
                .containsEntry("pinRetriesLeft", 4);
        assertThat(ok(http.postForEntity(token + "/pin-checks", Map.of("pin", "135790"), Map.class)))
                .containsEntry("pinRetriesLeft", 5).containsEntry("locked", false);

        // the code is good once: the token spent its challenge, and the CA gives no second code for it
        assertThat(http.postForEntity(token + "/unlock", Map.of("responseCode", code, "newPin", "246802"),
                Map.class).getStatusCode().value()).isEqualTo(409);
        http.postForEntity(token + "/challenge", null, Map.class);
        ResponseEntity<Map> replay = http.postForEntity(token + "/unlock", Map.of("responseCode", code,
                "newPin", "246802"), Map.class);
        assertThat(replay.getStatusCode().value()).isEqualTo(400);
        assertThat(OrderApi.fields(replay)).containsExactly("responseCode");
        assertThat(ok(http.postForEntity(token + "/pin-checks", Map.of("pin", "135790"), Map.class)))
                .containsEntry("pinRetriesLeft", 5);
        clock.advance(Duration.ofSeconds(61));
        api.call(HttpMethod.POST, "/api/v1/certificates/" + serial + "/unlock-sms", null);
        ResponseEntity<Map> again = api.call(HttpMethod.POST, "/api/v1/certificates/" + serial + "/unlock-codes",
                Map.of("challenge", challenge, "smsCode", recorder.codeFor(mobile)));
        assertThat(again.getStatusCode().value()).isEqualTo(409);

        // an expired challenge: the code the CA gives for it no longer opens the token
        String late = (String) ok(http.postForEntity(token + "/challenge", null, Map.class)).get("challenge");
        String lateSms = recorder.codeFor(mobile);
        Map lateCode = api.ok(api.call(HttpMethod.POST, "/api/v1/certificates/" + serial + "/unlock-codes",
                Map.of("challenge", late, "smsCode", lateSms)), 201);
        clock.advance(Duration.ofMinutes(11));
        ResponseEntity<Map> expired = http.postForEntity(token + "/unlock", Map.of("responseCode",
                lateCode.get("responseCode"), "newPin", "246802"), Map.class);
        assertThat(expired.getStatusCode().value()).isEqualTo(409);
        assertThat(String.valueOf(expired.getBody().get("detail"))).contains("过期");
        assertThat(ok(http.postForEntity(token + "/pin-checks", Map.of("pin", "135790"), Map.class)))
                .containsEntry("pinRetriesLeft", 5);

        // audited, never with the code
        assertThat(audit.recent("lifecycle.unlock.issued", null, 50)).filteredOn(e -> e.subject().contains(serial))
                .hasSize(2).allSatisfy(e -> assertThat(e.toString()).doesNotContain(code)
                        .doesNotContain((String) lateCode.get("responseCode")));
        assertThat(audit.recent("lifecycle.unlock.refused", null, 50)).anySatisfy(
                e -> assertThat(e.subject()).contains(serial));
    }

    @Test
    void anotherAccountsCertificateIsNotFound() {
        HeldCertificateView cert = holders.ukey(holders.register());
        OrderApi stranger = holders.register().api();
        assertThat(stranger.call(HttpMethod.POST, "/api/v1/certificates/" + cert.serialHex() + "/unlock-sms", null)
                .getStatusCode().value()).isEqualTo(404);
    }

    private static Map ok(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(200);
        return response.getBody();
    }
}
