package com.certhall.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.OrderApi;
import com.certhall.support.TestClock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The UKEY calls of docs/api.md as a holder's system makes them: the response code through an approved UNLOCK
 * order ({@code POST /api/v1/orders/{id}/unlock-code {challenge}}, once per order), and the sandbox UKEY's proof of
 * possession, {@code POST /sandbox/api/tokens/{tokenSerial}/signatures
 * {challenge, pin}} (docs/api.md, "Sandbox"): a wrong PIN costs one of the token's tries and the last one locks it;
 * after an unblock the token signs with the new PIN, and the signature verifies with the certificate's public key.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class UkeyContractTests extends HolderTestBase {

    @Autowired
    TestClock clock;

    @Test
    void wrongPinsLockTheTokenAndAfterTheUnblockItSignsWithTheNewPin() throws Exception {
        CertificateHolders.Holder holder = holders.register();
        OrderApi api = holder.api();
        String mobile = holder.mobile();
        HeldCertificateView cert = holders.ukey(holder);
        String token = "/sandbox/api/tokens/" + cert.tokenSerial();

        ResponseEntity<Map> missing = http.postForEntity(token + "/signatures", Map.of("pin", "12"), Map.class);
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(OrderApi.fields(missing)).containsExactlyInAnyOrder("challenge", "pin");
        for (int left = 4; left >= 0; left--) {
            ResponseEntity<Map> wrong = http.postForEntity(token + "/signatures",
                    Map.of("challenge", "挑战", "pin", "000000"), Map.class);
            assertThat(wrong.getStatusCode().value()).isEqualTo(400);
            assertThat(OrderApi.fields(wrong)).containsExactly("pin");
            assertThat(http.getForObject(token, Map.class)).containsEntry("pinRetriesLeft", left);
        }
        assertThat(http.postForEntity(token + "/signatures", Map.of("challenge", "挑战", "pin", "000000"),
                Map.class).getStatusCode().value()).isEqualTo(409);

        String challenge = (String) http.postForEntity(token + "/challenge", null, Map.class).getBody()
                .get("challenge");
        api.call(HttpMethod.POST, "/api/v1/certificates/" + cert.serialHex() + "/unlock-sms", null);
        Map code = api.ok(api.call(HttpMethod.POST, "/api/v1/certificates/" + cert.serialHex() + "/unlock-codes",
                Map.of("challenge", challenge, "smsCode", recorder.codeFor(mobile))), 201);
        assertThat(http.postForEntity(token + "/unlock", Map.of("responseCode", code.get("responseCode"),
                "newPin", "135790"), Map.class).getStatusCode().value()).isEqualTo(200);

        String text = "CertHall renewal proof of possession " + cert.serialHex() + " 5f3a";
        ResponseEntity<Map> signed = http.postForEntity(token + "/signatures",
                Map.of("challenge", text, "pin", "135790"), Map.class);
        assertThat(signed.getStatusCode().value()).as("%s", signed.getBody()).isEqualTo(200);
        assertThat(signed.getBody()).containsEntry("certificateSerial", cert.serialHex())
                .containsEntry("pinRetriesLeft", 5).containsEntry("algorithm", cert.algorithm());
        byte[] signature = Base64.getDecoder().decode((String) signed.getBody().get("signature"));
        X509Certificate x509 = certificate(api, cert.serialHex());
        assertThat(verifies(cert.algorithm(), x509, text.getBytes(StandardCharsets.UTF_8), signature)).isTrue();
        assertThat(verifies(cert.algorithm(), x509, "another".getBytes(StandardCharsets.UTF_8), signature))
                .isFalse();
    }

    @Test
    void anApprovedUnlockOrderGivesOneResponseCodeThatUnblocksTheToken() {
        CertificateHolders.Holder holder = holders.register();
        OrderApi api = holder.api();
        String mobile = holder.mobile();
        HeldCertificateView cert = holders.ukey(holder);
        String token = "/sandbox/api/tokens/" + cert.tokenSerial();
        for (int i = 0; i < 5; i++) {
            http.postForEntity(token + "/pin-checks", Map.of("pin", "000000"), Map.class);
        }
        assertThat(http.getForObject(token, Map.class)).containsEntry("locked", true);

        Map order = api.ok(api.call(HttpMethod.POST, "/api/v1/orders", Map.of("type", "UNLOCK",
                "certificateSerial", cert.serialHex(), "agreementAccepted", true)), 201);
        assertThat(order).containsEntry("totalFen", 0).containsEntry("status", "DRAFT");
        String path = "/api/v1/orders/" + order.get("id") + "/unlock-code";
        String challenge = (String) http.postForEntity(token + "/challenge", null, Map.class).getBody()
                .get("challenge");
        // before its checks the order gives nothing
        assertThat(api.call(HttpMethod.POST, path, Map.of("challenge", challenge)).getStatusCode().value())
                .isEqualTo(409);
        clock.advance(Duration.ofSeconds(61));
        assertThat(api.submit((String) order.get("id"), mobile)).containsEntry("status", "APPROVED");

        ResponseEntity<Map> bad = api.call(HttpMethod.POST, path, Map.of("challenge", "12345"));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(OrderApi.fields(bad)).containsExactly("challenge");
        OrderApi stranger = holders.register().api();
        assertThat(stranger.call(HttpMethod.POST, path, Map.of("challenge", challenge)).getStatusCode().value())
                .isEqualTo(404);
        Map code = api.ok(api.call(HttpMethod.POST, path, Map.of("challenge", challenge)));
        assertThat((String) code.get("responseCode")).matches("[0-9A-F]{16}");
        assertThat(code).containsKey("expiresAt");
        assertThat(http.postForEntity(token + "/unlock", Map.of("responseCode", code.get("responseCode"),
                "newPin", "246813"), Map.class).getBody()).containsEntry("locked", false);
        // single use: the order is done and gives no second code, not even for a new challenge
        assertThat(api.ok(api.call(HttpMethod.GET, "/api/v1/orders/" + order.get("id"), null)))
                .containsEntry("status", "COMPLETED");
        String next = (String) http.postForEntity(token + "/challenge", null, Map.class).getBody().get("challenge");
        assertThat(api.call(HttpMethod.POST, path, Map.of("challenge", next)).getStatusCode().value())
                .isEqualTo(409);
    }

    private X509Certificate certificate(OrderApi api, String serial) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(api.token());
        headers.setAccept(List.of(org.springframework.http.MediaType.parseMediaType("application/pkix-cert")));
        byte[] der = http.exchange("/api/v1/certificates/" + serial, HttpMethod.GET, new HttpEntity<>(headers),
                byte[].class).getBody();
        return (X509Certificate) CertificateFactory.getInstance("X.509", "BC")
                .generateCertificate(new ByteArrayInputStream(der));
    }

    private static boolean verifies(String algorithm, X509Certificate cert, byte[] message, byte[] signature)
            throws Exception {
        Signature verifier = Signature.getInstance(switch (algorithm) {
            case "SM2" -> "SM3withSM2";
            case "EC_P256" -> "SHA256withECDSA";
            default -> "SHA256withRSA";
        }, "BC");
        verifier.initVerify(cert.getPublicKey());
        verifier.update(message);
        return verifier.verify(signature);
    }
}
